// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/note_actions.h"

#include "annalist/core/notes/note_anchor.h"
#include "annalist/core/notes/note_rules.h"
#include "annalist/ui/article_view.h"
#include "annalist/ui/display_text.h"
#include "annalist/ui/library_controller.h"
#include "annalist/ui/note_commands.h"
#include "annalist/ui/note_dialog.h"
#include "annalist/ui/note_list_model.h"
#include "annalist/ui/note_style.h"
#include "annalist/ui/notes_panel.h"

#include <QAction>
#include <QMenu>
#include <QScrollBar>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace annalist::ui {

NoteActions::NoteActions(LibraryController& controller, QUndoStack& undoStack, ArticleView& view, NotesPanel& panel,
                         QWidget* window)
    : QObject(window), m_controller(controller), m_undoStack(undoStack), m_view(view), m_panel(panel),
      m_window(window) {
    createActions();
    m_panel.addToolAction(m_highlight, m_colorMenu);
    m_panel.addToolAction(m_addNote);
    connect(&m_view, &QTextEdit::selectionChanged, this, &NoteActions::onSelectionChanged);
    connect(&m_panel, &NotesPanel::noteActivated, this, &NoteActions::revealNote);
    connect(&m_panel, &NotesPanel::noteEdited, this, &NoteActions::editNote);
    connect(&m_panel, &NotesPanel::noteDeleteRequested, this, &NoteActions::deleteNote);
    onSelectionChanged();
}

void NoteActions::createActions() {
    // Ctrl+H is Replace in several desktops' standard keys; the shifted chords are free everywhere.
    m_highlight = new QAction(noteColorIcon(m_color), tr("&Highlight"), this);
    m_highlight->setObjectName(QStringLiteral("highlightAction"));
    m_highlight->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_highlight->setToolTip(tr("Highlight the selected passage (Ctrl+Shift+H)"));
    connect(m_highlight, &QAction::triggered, this, [this] { highlightSelection(m_color); });

    m_colorMenu = new QMenu(tr("Highlight &Colour"), m_window);
    m_colorMenu->setObjectName(QStringLiteral("highlightColorMenu"));
    for (const std::string_view key : core::kNoteColors) {
        QAction* action = m_colorMenu->addAction(noteColorIcon(key), noteColorName(key));
        action->setObjectName(QStringLiteral("highlight-%1").arg(QString::fromLatin1(key)));
        connect(action, &QAction::triggered, this, [this, color = std::string(key)] {
            // The colour picked last is the one the Highlight button and shortcut use next.
            m_color = color;
            m_highlight->setIcon(noteColorIcon(m_color));
            highlightSelection(m_color);
        });
    }

    m_addNote = new QAction(tr("&Add Note…"), this);
    m_addNote->setObjectName(QStringLiteral("addNoteAction"));
    m_addNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addNote->setToolTip(tr("Add a note with tags to the selected passage (Ctrl+Shift+N)"));
    connect(m_addNote, &QAction::triggered, this, &NoteActions::addNoteToSelection);
}

void NoteActions::fillMenu(QMenu* menu) const {
    menu->addAction(m_highlight);
    menu->addMenu(m_colorMenu);
    menu->addAction(m_addNote);
}

void NoteActions::showArticle(std::optional<core::ArticleId> id, const std::string& text) {
    m_articleId = id;
    m_text = text;
    m_notes.clear();
    reload({});
    onSelectionChanged();
}

void NoteActions::reload(const QString& error) {
    m_notes = m_articleId ? m_controller.notes(*m_articleId) : std::vector<core::ReaderNote>{};
    m_view.setNotes(m_notes);
    m_panel.setNotes(m_notes);
    if (!error.isEmpty()) {
        emit statusMessage(QString(error).replace(QStringLiteral("\n\n"), QStringLiteral(" ")));
    }
}

std::optional<core::Span> NoteActions::selectedSpan() const {
    const QTextCursor cursor = m_view.textCursor();
    if (!m_articleId || !cursor.hasSelection()) {
        return std::nullopt;
    }
    const auto start = m_view.offsetMap().toCodePoint(cursor.selectionStart());
    const auto end = m_view.offsetMap().toCodePoint(cursor.selectionEnd());
    if (!start || !end || *end <= *start) {
        return std::nullopt;
    }
    const core::Span span = core::trimmedSpan(m_text, core::Span{*start, *end});
    return span.length() > 0 ? std::optional<core::Span>(span) : std::nullopt;
}

core::ReaderNote NoteActions::draftNote(core::Span span, const std::string& color) const {
    core::QuoteSelector selector = core::quoteSelector(m_text, span);
    core::ReaderNote note;
    note.articleId = m_articleId.value_or(0);
    note.span = span;
    note.quote = std::move(selector.quote);
    note.prefix = std::move(selector.prefix);
    note.suffix = std::move(selector.suffix);
    note.color = color;
    return note;
}

void NoteActions::onSelectionChanged() {
    const bool selected = selectedSpan().has_value();
    m_highlight->setEnabled(selected);
    m_addNote->setEnabled(selected);
    m_colorMenu->setEnabled(selected);
}

bool NoteActions::highlightSelection(const std::string& color) {
    const std::optional<core::Span> span = selectedSpan();
    if (!span) {
        emit statusMessage(tr("Select a passage of the article first"));
        return false;
    }
    const int before = m_undoStack.count();
    m_undoStack.push(new AddNoteCommand(
        m_controller, [this](const QString& error) { reload(error); }, draftNote(*span, color)));
    return m_undoStack.count() > before;
}

bool NoteActions::addNoteToSelection() {
    const std::optional<core::Span> span = selectedSpan();
    if (!span) {
        emit statusMessage(tr("Select a passage of the article first"));
        return false;
    }
    QStringList knownTags;
    for (const core::ReaderNote& note : m_notes) {
        for (const std::string& tag : note.tags) {
            knownTags << toQString(tag);
        }
    }
    knownTags.removeDuplicates();
    core::ReaderNote draft = draftNote(*span, m_color);
    auto* dialog = new NoteDialog(toQString(draft.quote), m_color, knownTags, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open() rather than exec(): the dialog is window-modal without a nested event loop.
    connect(dialog, &QDialog::accepted, this, [this, dialog, draft]() mutable {
        draft.color = dialog->color();
        // Too long a text is refused by the library with a message, never silently cut.
        draft.note = dialog->noteText();
        draft.tags = core::normalizedTags(dialog->tags());
        auto* command = new AddNoteCommand(
            m_controller, [this](const QString& error) { reload(error); }, std::move(draft));
        const int before = m_undoStack.count();
        m_undoStack.push(command);
        // A refused note makes the command obsolete, and the stack deletes it without growing.
        if (m_undoStack.count() > before) {
            m_panel.selectNote(command->noteId());
            emit noteAdded(command->noteId());
        }
    });
    dialog->open();
    return true;
}

const core::ReaderNote* NoteActions::noteById(qint64 id) const {
    const auto it = std::find_if(m_notes.begin(), m_notes.end(), [id](const auto& note) { return note.id == id; });
    return it == m_notes.end() ? nullptr : &*it;
}

bool NoteActions::revealNote(qint64 id) {
    const core::ReaderNote* note = noteById(id);
    const auto ranges = note != nullptr && !note->orphaned ? m_view.offsetMap().toDocumentRanges(note->span)
                                                           : std::vector<std::pair<int, int>>{};
    if (ranges.empty()) {
        emit statusMessage(tr("The passage of this note is no longer in the article"));
        return false;
    }
    m_panel.selectNote(id);
    QTextCursor cursor(m_view.document());
    cursor.setPosition(ranges.front().first);
    // Like a mention, the passage goes a third of the way down, where the eye looks first.
    const QRect top = m_view.cursorRect(cursor);
    QScrollBar* bar = m_view.verticalScrollBar();
    bar->setValue(bar->value() + top.top() - m_view.viewport()->height() / 3);
    cursor.setPosition(ranges.back().second, QTextCursor::KeepAnchor);
    m_view.setTextCursor(cursor);
    return true;
}

void NoteActions::editNote(const core::ReaderNote& edited) {
    const core::ReaderNote* before = noteById(edited.id);
    if (before == nullptr) {
        return;
    }
    m_undoStack.push(new EditNoteCommand(
        m_controller, [this](const QString& error) { reload(error); }, *before, edited));
}

void NoteActions::deleteNote(qint64 id) {
    if (const core::ReaderNote* note = noteById(id)) {
        m_undoStack.push(new DeleteNoteCommand(
            m_controller, [this](const QString& error) { reload(error); }, *note));
    }
}

} // namespace annalist::ui
