// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/article_view.h"

#include "annalist/ui/note_highlighter.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetricsF>
#include <QScrollBar>
#include <QTextFrame>
#include <QTextFrameFormat>

#include <algorithm>
#include <cmath>

namespace annalist::ui {

namespace {

// Lines much longer than ~75 characters are tiring to read, so the text keeps a column of about this
// many characters of the body font and the window's extra width becomes margin.
constexpr qreal kColumnCharacters = 74;
constexpr int kMinSideMargin = 8;
constexpr qreal kTextSizeStepFactor = 0.1;

// Average advance of a character in running Italian and English text, spaces included; a font's own
// average width counts capitals and wide glyphs as often as lowercase, which running text does not.
qreal averageCharacterWidth(const QFont& font) {
    static const QString sample =
        QStringLiteral("Il presidente russo è arrivato ieri ad Hanoi, dove ha incontrato i vertici del partito. "
                       "The visit follows a treaty signed in Pyongyang on mutual assistance between the two states.");
    return QFontMetricsF(font).horizontalAdvance(sample) / static_cast<qreal>(sample.size());
}

} // namespace

ArticleView::ArticleView(QWidget* parent) : QTextBrowser(parent) {
    setObjectName(QStringLiteral("articleView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // Files dropped here must reach the window, which opens them.
    setAcceptDrops(false);
    setFrameShape(QFrame::NoFrame);
    applyTheme();
    // Qt 6.4 tells of a new desktop palette (a theme switch) only by an event to the application object.
    if (QCoreApplication* application = QCoreApplication::instance()) {
        application->installEventFilter(this);
    }
    connect(this, &QTextBrowser::anchorClicked, this, &ArticleView::onAnchorClicked);
}

void ArticleView::showArticle(const core::Article& article, const core::Annotation& annotation) {
    m_article = article;
    m_annotation = annotation;
    m_notes.clear();
    render();
    verticalScrollBar()->setValue(0);
    QSet<core::EntityType> types;
    for (const core::Entity& entity : m_annotation.entities) {
        types.insert(entity.type);
    }
    emit articleTypesChanged(types);
}

void ArticleView::clearArticle() {
    m_article = {};
    m_annotation = {};
    m_notes.clear();
    m_map.clear();
    m_mentionOrder.clear();
    document()->clear();
    emit articleTypesChanged({});
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
    rerender();
}

void ArticleView::setTextSizeStep(int step) {
    step = std::clamp(step, kMinTextSizeStep, kMaxTextSizeStep);
    if (step == m_textSizeStep) {
        return;
    }
    m_textSizeStep = step;
    m_look.textScale = 1.0 + kTextSizeStepFactor * step;
    rerender();
}

void ArticleView::setThemeChoice(ThemeChoice choice) {
    m_themeChoice = choice;
    applyTheme();
}

void ArticleView::applyTheme() {
    // The page's own palette is set below, so the desktop's theme is read from the application.
    const PageTheme theme = resolveTheme(m_themeChoice, QApplication::palette());
    const bool changed = theme != m_look.theme;
    const PageColours colours = pageColours(theme);
    QPalette page = palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        page.setColor(group, QPalette::Base, colours.page);
        page.setColor(group, QPalette::Text, colours.ink);
        page.setColor(group, QPalette::Highlight, colours.selection);
        page.setColor(group, QPalette::HighlightedText, colours.selectionInk);
    }
    m_look.theme = theme;
    setPalette(page);
    if (changed) {
        rerender();
        emit pageThemeChanged(theme);
    }
}

void ArticleView::changeEvent(QEvent* event) {
    QTextBrowser::changeEvent(event);
    // Setting the page's own palette sends PaletteChange too; the theme is then unchanged and nothing happens.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        followDesktop();
    }
}

bool ArticleView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange) {
        followDesktop();
    }
    return QTextBrowser::eventFilter(watched, event);
}

void ArticleView::followDesktop() {
    if (resolveTheme(m_themeChoice, QApplication::palette()) != m_look.theme) {
        applyTheme();
    }
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
    m_map = ArticleDocumentBuilder::build(*doc, m_article, m_look);
    highlightNotes(*doc, m_map, m_notes, m_look.theme);
    ArticleDocumentBuilder::highlight(*doc, m_map, m_annotation, m_hiddenTypes, m_look.theme);
    collectMentionOrder();
    updateColumnWidth();
}

void ArticleView::collectMentionOrder() {
    m_mentionOrder.clear();
    for (std::size_t e = 0; e < m_annotation.entities.size(); ++e) {
        const core::Entity& entity = m_annotation.entities[e];
        if (m_hiddenTypes.contains(entity.type)) {
            continue;
        }
        for (std::size_t m = 0; m < entity.mentions.size(); ++m) {
            const MentionRef ref{static_cast<int>(e), static_cast<int>(m)};
            if (const auto range = mentionRange(ref)) {
                m_mentionOrder.emplace_back(range->first, ref);
            }
        }
    }
    std::sort(m_mentionOrder.begin(), m_mentionOrder.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
}

void ArticleView::rerender() {
    // The document is rebuilt; the reader keeps their place and their selection.
    QScrollBar* bar = verticalScrollBar();
    const qreal fraction = bar->maximum() > 0 ? static_cast<qreal>(bar->value()) / bar->maximum() : 0.0;
    const int anchor = textCursor().anchor();
    const int position = textCursor().position();
    render();
    QTextCursor cursor(document());
    const int end = cursor.document()->characterCount() - 1;
    cursor.setPosition(std::min(anchor, end));
    cursor.setPosition(std::min(position, end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    bar->setValue(static_cast<int>(std::lround(fraction * bar->maximum())));
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

bool ArticleView::stepMention(bool forward) {
    if (m_mentionOrder.empty()) {
        return false;
    }
    const QTextCursor cursor = textCursor();
    const auto before = [](const std::pair<int, MentionRef>& item, int position) { return item.first < position; };
    MentionRef target;
    if (forward) {
        // Past the start of a selection, so that a selected mention steps to the one after it.
        const int from = cursor.selectionStart() + (cursor.hasSelection() ? 1 : 0);
        auto it = std::lower_bound(m_mentionOrder.begin(), m_mentionOrder.end(), from, before);
        target = (it == m_mentionOrder.end() ? m_mentionOrder.front() : *it).second;
    } else {
        auto it = std::lower_bound(m_mentionOrder.begin(), m_mentionOrder.end(), cursor.selectionStart(), before);
        target = (it == m_mentionOrder.begin() ? m_mentionOrder.back() : *std::prev(it)).second;
    }
    revealMention(target);
    emit mentionClicked(target);
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
    const qreal column = kColumnCharacters * averageCharacterWidth(ArticleDocumentBuilder::bodyFont(m_look.textScale));
    const int side = std::max(kMinSideMargin, static_cast<int>((viewport()->width() - column) / 2));
    if (static_cast<int>(format.leftMargin()) == side) {
        return;
    }
    format.setLeftMargin(side);
    format.setRightMargin(side);
    root->setFrameFormat(format);
}

} // namespace annalist::ui
