// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/article_view.h"

#include "annalist/ui/note_highlighter.h"

#include <QScrollBar>
#include <QTextFrame>
#include <QTextFrameFormat>

#include <algorithm>

namespace annalist::ui {

namespace {

// Lines much longer than ~75 characters are tiring to read, so the text keeps a column of about this
// many pixels and the window's extra width becomes margin.
constexpr int kMaxColumnWidth = 760;
constexpr int kMinSideMargin = 8;

} // namespace

ArticleView::ArticleView(QWidget* parent) : QTextBrowser(parent) {
    setObjectName(QStringLiteral("articleView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // Files dropped here must reach the window, which opens them.
    setAcceptDrops(false);
    setFrameShape(QFrame::NoFrame);
    // The highlights are tuned for a light page, so the page stays light whatever the desktop theme.
    QPalette page = palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        page.setColor(group, QPalette::Base, QColor(0xfd, 0xfc, 0xf9));
        page.setColor(group, QPalette::Text, QColor(0x1f, 0x1f, 0x1f));
        page.setColor(group, QPalette::Highlight, QColor(0xff, 0xd5, 0x4f));
        page.setColor(group, QPalette::HighlightedText, QColor(0x1f, 0x1f, 0x1f));
    }
    setPalette(page);
    connect(this, &QTextBrowser::anchorClicked, this, &ArticleView::onAnchorClicked);
}

void ArticleView::showArticle(const core::Article& article, const core::Annotation& annotation) {
    m_article = article;
    m_annotation = annotation;
    m_notes.clear();
    render();
    verticalScrollBar()->setValue(0);
}

void ArticleView::clearArticle() {
    m_article = {};
    m_annotation = {};
    m_notes.clear();
    m_map.clear();
    document()->clear();
}

void ArticleView::setTypeVisible(core::EntityType type, bool visible) {
    if (visible == !m_hiddenTypes.contains(type)) {
        return;
    }
    if (visible) {
        m_hiddenTypes.remove(type);
    } else {
        m_hiddenTypes.insert(type);
    }
    const int scroll = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scroll);
}

void ArticleView::setNotes(std::vector<core::ReaderNote> notes) {
    m_notes = std::move(notes);
    const int scroll = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scroll);
}

void ArticleView::render() {
    QTextDocument* doc = document();
    doc->setUndoRedoEnabled(false);
    m_map = ArticleDocumentBuilder::build(*doc, m_article);
    highlightNotes(*doc, m_map, m_notes);
    ArticleDocumentBuilder::highlight(*doc, m_map, m_annotation, m_hiddenTypes);
    updateColumnWidth();
}

std::optional<std::pair<int, int>> ArticleView::mentionRange(MentionRef ref) const {
    if (ref.entity < 0 || ref.mention < 0 || static_cast<std::size_t>(ref.entity) >= m_annotation.entities.size()) {
        return std::nullopt;
    }
    const core::Entity& entity = m_annotation.entities[static_cast<std::size_t>(ref.entity)];
    if (static_cast<std::size_t>(ref.mention) >= entity.mentions.size()) {
        return std::nullopt;
    }
    return m_map.toDocumentRange(entity.mentions[static_cast<std::size_t>(ref.mention)].span);
}

bool ArticleView::revealMention(MentionRef ref) {
    const auto range = mentionRange(ref);
    if (!range) {
        return false;
    }
    QTextCursor cursor(document());
    cursor.setPosition(range->first);
    cursor.setPosition(range->second, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    // Place the mention a third of the way down, where the eye looks first, rather than at an edge.
    const QRect rect = cursorRect(cursor);
    QScrollBar* bar = verticalScrollBar();
    bar->setValue(bar->value() + rect.top() - viewport()->height() / 3);
    return true;
}

void ArticleView::onAnchorClicked(const QUrl& url) {
    if (const auto ref = ArticleDocumentBuilder::parseMentionUrl(url)) {
        emit mentionClicked(*ref);
    }
}

void ArticleView::resizeEvent(QResizeEvent* event) {
    QTextBrowser::resizeEvent(event);
    updateColumnWidth();
}

void ArticleView::updateColumnWidth() {
    QTextFrame* root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    const int side = std::max(kMinSideMargin, (viewport()->width() - kMaxColumnWidth) / 2);
    if (static_cast<int>(format.leftMargin()) == side) {
        return;
    }
    format.setLeftMargin(side);
    format.setRightMargin(side);
    root->setFrameFormat(format);
}

} // namespace annalist::ui
