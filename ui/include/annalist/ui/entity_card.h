// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"

#include <QWidget>

#include <string>

class QLabel;
class QTextBrowser;
class QUrl;

namespace annalist::ui {

/// What an entity is and where this article mentions it: type, canonical name, description, and
/// every mention with its sentence. Clicking a sentence asks for that mention to be shown.
class EntityCard final : public QWidget {
    Q_OBJECT

public:
    explicit EntityCard(QWidget* parent = nullptr);

    /// Shows an entity of `annotation`; `articleText` is Article::text(), which the offsets index.
    void showEntity(int entityIndex, const core::Annotation& annotation, const std::string& articleText);

    /// Shows the hint that replaces the card when no entity is chosen.
    void clearEntity();

    /// Index in Annotation::entities of the entity shown, -1 when none.
    [[nodiscard]] int entityIndex() const { return m_entityIndex; }

signals:
    /// The user clicked the sentence of a mention (index in Entity::mentions).
    void mentionClicked(int mentionIndex);

private:
    void onAnchorClicked(const QUrl& url);
    [[nodiscard]] static QString mentionsHtml(const core::Entity& entity, const core::Annotation& annotation,
                                              const std::string& articleText);

    int m_entityIndex = -1;
    QWidget* m_content = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_type = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_summary = nullptr;
    QTextBrowser* m_mentions = nullptr;
};

} // namespace annalist::ui
