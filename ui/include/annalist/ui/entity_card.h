// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"
#include "annalist/core/store/library.h"

#include <QWidget>

#include <optional>
#include <string>

class QLabel;
class QScrollArea;
class QTextBrowser;
class QUrl;

namespace annalist::ui {

class EntityContextSource;
struct EntityCardContext;
class WorldMapWidget;

/// What an entity is and where it appears: type, canonical name, description, the knowledge base's facts
/// (office, country, coordinates on a map, a treaty's parties and dates), every mention in this article with
/// its sentence, the other articles that mention it, the entities it appears with most and its quotes.
/// Clicking a sentence asks for that mention; clicking another article asks for that article.
class EntityCard final : public QWidget {
    Q_OBJECT

public:
    /// Without a context source (nullptr) the card shows only what the article's annotation says.
    explicit EntityCard(const EntityContextSource* context = nullptr, QWidget* parent = nullptr);

    /// Shows an entity of `annotation`; `articleText` is Article::text(), which the offsets index, and
    /// `articleId` the open article, which the timeline leaves out.
    void showEntity(int entityIndex, const core::Annotation& annotation, const std::string& articleText,
                    std::optional<core::ArticleId> articleId = std::nullopt);

    /// Shows the hint that replaces the card when no entity is chosen.
    void clearEntity();

    /// Index in Annotation::entities of the entity shown, -1 when none.
    [[nodiscard]] int entityIndex() const { return m_entityIndex; }

signals:
    /// The user clicked the sentence of a mention (index in Entity::mentions).
    void mentionClicked(int mentionIndex);
    /// The user clicked another article of the timeline or of a quote.
    void articleRequested(qint64 articleId);
    /// The user clicked a companion named in the open article (index in Annotation::entities).
    void entityRequested(int entityIndex);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildContent();
    [[nodiscard]] QLabel* addSection(const QString& objectName, const QString& title);
    [[nodiscard]] QTextBrowser* addBrowser(const QString& objectName);
    void showHeader(const core::Entity& entity, const EntityCardContext& context);
    void showMap(const core::Entity& entity, const EntityCardContext& context);
    void showLibrarySections(const EntityCardContext& context, std::optional<core::ArticleId> articleId);
    void onAnchorClicked(const QUrl& url);
    void refresh();

    const EntityContextSource* m_context = nullptr;
    int m_entityIndex = -1;
    core::Annotation m_annotation;
    std::string m_articleText;
    std::optional<core::ArticleId> m_articleId;
    QLabel* m_placeholder = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_type = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_facts = nullptr;
    WorldMapWidget* m_map = nullptr;
    QLabel* m_summary = nullptr;
    QTextBrowser* m_mentions = nullptr;
    QLabel* m_timelineHeading = nullptr;
    QTextBrowser* m_timeline = nullptr;
    QLabel* m_companionsHeading = nullptr;
    QTextBrowser* m_companions = nullptr;
    QLabel* m_quotesHeading = nullptr;
    QTextBrowser* m_quotes = nullptr;
};

} // namespace annalist::ui
