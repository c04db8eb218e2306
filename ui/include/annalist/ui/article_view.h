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
/// highlight reports the mention; the view can also bring any mention into sight, step from one
/// mention to the next, change its text size and follow the desktop's light or dark theme.
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

    /// Selects the next (or previous) shown mention after the cursor, wrapping at the end, and reports
    /// it as if clicked; false when no mention is shown.
    bool stepMention(bool forward);

    /// Text size steps from the default size (0); each step is a tenth of it. Clamped to the limits.
    void setTextSizeStep(int step);

    /// The current text size step.
    [[nodiscard]] int textSizeStep() const { return m_textSizeStep; }

    static constexpr int kMinTextSizeStep = -4; ///< smallest text: 60 % of the default
    static constexpr int kMaxTextSizeStep = 10; ///< largest text: twice the default

    /// Follows the desktop's theme or keeps one; the page is redrawn when its theme changes.
    void setThemeChoice(ThemeChoice choice);

    /// What the reader chose.
    [[nodiscard]] ThemeChoice themeChoice() const { return m_themeChoice; }

    /// The theme the page is drawn in now.
    [[nodiscard]] PageTheme pageTheme() const { return m_look.theme; }

    /// Document range [first, second) where a mention is shown, or nullopt when it is not shown.
    [[nodiscard]] std::optional<std::pair<int, int>> mentionRange(MentionRef ref) const;

    /// Where the article's text sits in the document.
    [[nodiscard]] const TextOffsetMap& offsetMap() const { return m_map; }

signals:
    /// The user clicked a highlighted mention.
    void mentionClicked(annalist::ui::MentionRef ref);

    /// A new article is shown (or none); `types` are the entity types it has.
    void articleTypesChanged(const QSet<annalist::core::EntityType>& types);

    /// The page switched between its light and dark theme.
    void pageThemeChanged(annalist::ui::PageTheme theme);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void render();
    void rerender();
    void collectMentionOrder();
    void applyTheme();
    void followDesktop();
    void onAnchorClicked(const QUrl& url);
    void updateColumnWidth();

    core::Article m_article;
    core::Annotation m_annotation;
    TextOffsetMap m_map;
    QSet<core::EntityType> m_hiddenTypes;
    std::vector<core::ReaderNote> m_notes;
    /// Shown mentions in reading order, for stepping through them.
    std::vector<std::pair<int, MentionRef>> m_mentionOrder;
    PageLook m_look;
    ThemeChoice m_themeChoice = ThemeChoice::System;
    int m_textSizeStep = 0;
};

} // namespace annalist::ui
