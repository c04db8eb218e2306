// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"
#include "annalist/core/ner/annotation.h"
#include "annalist/core/store/library.h"
#include "annalist/ui/article_document_builder.h"
#include "annalist/ui/text_offset_map.h"

#include <QSet>
#include <QTextBrowser>

#include <optional>
#include <utility>
#include <vector>

namespace annalist::ui {

/// The centre pane: the article laid out for reading, with its entities highlighted. Clicking a
/// highlight reports the mention; the view can also bring any mention into sight.
class ArticleView final : public QTextBrowser {
    Q_OBJECT

public:
    explicit ArticleView(QWidget* parent = nullptr);

    /// Shows an article with its annotation, scrolled to the top.
    void showArticle(const core::Article& article, const core::Annotation& annotation);

    /// Shows an empty page.
    void clearArticle();

    /// Shows or hides the highlights of one entity type.
    void setTypeVisible(core::EntityType type, bool visible);

    /// Shows the reader's highlighted passages beneath the entity highlights, keeping the scroll position.
    void setNotes(std::vector<core::ReaderNote> notes);

    /// Selects a mention and scrolls it into the upper part of the view; false when it is unknown.
    bool revealMention(MentionRef ref);

    /// Document range [first, second) where a mention is shown, or nullopt when it is not shown.
    [[nodiscard]] std::optional<std::pair<int, int>> mentionRange(MentionRef ref) const;

    /// Where the article's text sits in the document.
    [[nodiscard]] const TextOffsetMap& offsetMap() const { return m_map; }

signals:
    /// The user clicked a highlighted mention.
    void mentionClicked(annalist::ui::MentionRef ref);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();
    void onAnchorClicked(const QUrl& url);
    void updateColumnWidth();

    core::Article m_article;
    core::Annotation m_annotation;
    TextOffsetMap m_map;
    QSet<core::EntityType> m_hiddenTypes;
    std::vector<core::ReaderNote> m_notes;
};

} // namespace annalist::ui
