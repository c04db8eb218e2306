// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace annalist::ui {

class LibraryController;

/// Called after a note command ran, with an empty string or a translated error.
using NotesChanged = std::function<void(const QString& error)>;

/// Base of the undoable note commands: each changes the library through the controller and then
/// reports, so the views can show the notes as they are now. A command whose first run fails marks
/// itself obsolete, and the undo stack drops it.
class NoteCommand : public QUndoCommand {
public:
    NoteCommand(const NoteCommand&) = delete;
    NoteCommand& operator=(const NoteCommand&) = delete;

protected:
    NoteCommand(LibraryController& controller, NotesChanged changed, const QString& text);
    /// Reports the outcome of redo() or undo().
    void finish(const QString& error);

    LibraryController& m_controller;

private:
    NotesChanged m_changed;
    bool m_done = false;
};

/// Adds a note; undo deletes it, redo adds it back under the same id.
class AddNoteCommand final : public NoteCommand {
public:
    AddNoteCommand(LibraryController& controller, NotesChanged changed, core::ReaderNote note);
    void redo() override;
    void undo() override;
    /// The note's id once stored (0 before).
    [[nodiscard]] std::int64_t noteId() const { return m_note.id; }

private:
    core::ReaderNote m_note;
};

/// Changes a note's colour, text or tags; undo puts the old ones back.
class EditNoteCommand final : public NoteCommand {
public:
    EditNoteCommand(LibraryController& controller, NotesChanged changed, core::ReaderNote before,
                    core::ReaderNote after);
    void redo() override;
    void undo() override;

private:
    core::ReaderNote m_before;
    core::ReaderNote m_after;
};

/// Deletes a note; undo restores it, with its id, tags and text.
class DeleteNoteCommand final : public NoteCommand {
public:
    DeleteNoteCommand(LibraryController& controller, NotesChanged changed, core::ReaderNote note);
    void redo() override;
    void undo() override;

private:
    core::ReaderNote m_note;
};

} // namespace annalist::ui
