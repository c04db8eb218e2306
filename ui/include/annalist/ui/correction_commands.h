// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/correct/correction.h"

#include <QObject>
#include <QString>

class QAction;
class QUndoStack;
class QWidget;

namespace annalist::ui {

class LibraryController;
class UserDialogs;

/// The reader's corrections as undoable commands on the window's undo stack (shared with the notes): doing one
/// stores it (and updates the articles it touches), undoing it withdraws the stored correction, redoing stores it
/// again.
class CorrectionCommands final : public QObject {
    Q_OBJECT

public:
    /// `window` parents the warnings shown when the library refuses a correction.
    CorrectionCommands(LibraryController& controller, UserDialogs& dialogs, QUndoStack& stack, QWidget* window);

    /// Stores a correction as a new undo step described by `text`; false when the library refused it.
    bool apply(const core::Correction& correction, const QString& text);

    /// The undo history.
    [[nodiscard]] QUndoStack& stack() const { return *m_stack; }

    /// Edit ▸ Undo and Edit ▸ Redo (Ctrl+Z, Ctrl+Shift+Z), named after the step they undo or redo.
    [[nodiscard]] QAction* createUndoAction(QObject* parent) const;
    [[nodiscard]] QAction* createRedoAction(QObject* parent) const;

signals:
    /// A correction was stored or withdrawn: the shown article may have changed.
    void changed();

private:
    friend class CorrectionCommand;
    bool store(core::Correction& correction);
    bool withdraw(core::CorrectionId id);

    LibraryController& m_controller;
    UserDialogs& m_dialogs;
    QWidget* m_window = nullptr;
    QUndoStack* m_stack = nullptr; ///< not owned
};

} // namespace annalist::ui
