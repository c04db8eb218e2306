// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"
#include "annalist/core/store/library.h"
#include "annalist/ui/article_document_builder.h"

#include <QByteArray>
#include <QWidget>

#include <optional>
#include <string>

class QSplitter;
class QTreeView;

namespace annalist::ui {

class EntityCard;
class EntityContextSource;
class EntityTreeModel;

/// The right pane: the article's entities grouped by type, and the card of the chosen one.
class EntityPanel final : public QWidget {
    Q_OBJECT

public:
    /// `context` feeds the card with facts and the library's view of an entity; nullptr for the article alone.
    explicit EntityPanel(const EntityContextSource* context = nullptr, QWidget* parent = nullptr);

    /// Lists the entities of an annotation; `articleText` is Article::text(), which the offsets index, and
    /// `articleId` the stored article they belong to, if any.
    void setAnnotation(const core::Annotation& annotation, std::string articleText,
                       std::optional<core::ArticleId> articleId = std::nullopt);

    /// Shows the card of an entity (index in Annotation::entities) and selects it in the list.
    void showEntity(int entityIndex);

    /// The card, for the window's layout and for tests.
    [[nodiscard]] EntityCard& card() const { return *m_card; }

    /// Splitter state between list and card, for QSettings.
    [[nodiscard]] QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    /// The user asked to see a mention in the article.
    void mentionActivated(annalist::ui::MentionRef ref);
    /// The user asked to open another article of the library from the card.
    void articleRequested(qint64 articleId);

private:
    void onEntityClicked(const QModelIndex& index);

    core::Annotation m_annotation;
    std::string m_articleText;
    std::optional<core::ArticleId> m_articleId;
    EntityTreeModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    EntityCard* m_card = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace annalist::ui
