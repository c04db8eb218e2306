// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/note_commands.h"

#include "annalist/ui/library_controller.h"

#include <QCoreApplication>

namespace annalist::ui {

NoteCommand::NoteCommand(LibraryController& controller, NotesChanged changed, const QString& text)
    : m_controller(controller), m_changed(std::move(changed)) {
    setText(text);
}

void NoteCommand::finish(const QString& error) {
    // Only the first run can be refused outright; later failures (say, the article was removed)
    // are reported and the stack stays as it is.
    if (!m_done && !error.isEmpty()) {
        setObsolete(true);
    }
    m_done = true;
    if (m_changed) {
        m_changed(error);
    }
}

AddNoteCommand::AddNoteCommand(LibraryController& controller, NotesChanged changed, core::ReaderNote note)
    : NoteCommand(controller, std::move(changed),
                  note.note.empty() && note.tags.empty() ? QCoreApplication::translate("NoteCommand", "Highlight")
                                                         : QCoreApplication::translate("NoteCommand", "Add note")),
      m_note(std::move(note)) {}

void AddNoteCommand::redo() {
    finish(m_controller.addNote(m_note));
}

void AddNoteCommand::undo() {
    finish(m_controller.removeNote(m_note.id));
}

EditNoteCommand::EditNoteCommand(LibraryController& controller, NotesChanged changed, core::ReaderNote before,
                                 core::ReaderNote after)
    : NoteCommand(controller, std::move(changed), QCoreApplication::translate("NoteCommand", "Edit note")),
      m_before(std::move(before)), m_after(std::move(after)) {}

void EditNoteCommand::redo() {
    finish(m_controller.updateNote(m_after));
}

void EditNoteCommand::undo() {
    finish(m_controller.updateNote(m_before));
}

DeleteNoteCommand::DeleteNoteCommand(LibraryController& controller, NotesChanged changed, core::ReaderNote note)
    : NoteCommand(controller, std::move(changed), QCoreApplication::translate("NoteCommand", "Delete note")),
      m_note(std::move(note)) {}

void DeleteNoteCommand::redo() {
    finish(m_controller.removeNote(m_note.id));
}

void DeleteNoteCommand::undo() {
    finish(m_controller.addNote(m_note));
}

} // namespace annalist::ui
