// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// LibraryController's note actions, apart from the article ones they do not share code with.
#include "annalist/ui/library_controller.h"

#include "annalist/core/error.h"

#include <exception>

namespace annalist::ui {

namespace {

QString noteFailure(const QString& what, const std::exception& error) {
    return LibraryController::tr("%1\n\n%2").arg(what, QString::fromUtf8(error.what()));
}

} // namespace

std::vector<core::ReaderNote> LibraryController::notes(core::ArticleId id) {
    try {
        // Cheap when nothing moved: the library writes only the spans that changed.
        m_library.reanchorNotes(id);
        return m_library.notes(id);
    } catch (const core::StoreError&) {
        return {};
    }
}

QString LibraryController::addNote(core::ReaderNote& note) {
    try {
        note.id = m_library.addNote(note);
        return {};
    } catch (const core::StoreError& error) {
        return noteFailure(tr("The note could not be stored."), error);
    }
}

QString LibraryController::updateNote(const core::ReaderNote& note) {
    try {
        return m_library.updateNote(note) ? QString() : tr("The note is no longer in the library.");
    } catch (const core::StoreError& error) {
        return noteFailure(tr("The note could not be changed."), error);
    }
}

QString LibraryController::removeNote(std::int64_t noteId) {
    try {
        return m_library.removeNote(noteId) ? QString() : tr("The note is no longer in the library.");
    } catch (const core::StoreError& error) {
        return noteFailure(tr("The note could not be deleted."), error);
    }
}

} // namespace annalist::ui
