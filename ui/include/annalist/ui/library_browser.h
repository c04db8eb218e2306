// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <QObject>

class QUndoStack;

namespace annalist::ui {

class LibraryController;
class LibraryPanel;

/// Keeps the library pane in step with the library: it runs the filter bar's queries, refreshes the
/// pickers, and deletes articles through an undo stack (Edit ▸ Undo brings an article back with its
/// annotation, notes and corrections).
class LibraryBrowser final : public QObject {
    Q_OBJECT

public:
    LibraryBrowser(LibraryController& controller, LibraryPanel& panel, QObject* parent = nullptr);

    /// Reloads the pickers and the list with the current filter.
    void refresh();

    /// Deletes an article as an undoable step; false when it could not be deleted.
    bool deleteArticle(core::ArticleId id);

    /// The undo history of library edits, for the Edit menu.
    [[nodiscard]] QUndoStack& undoStack() const { return *m_undoStack; }

signals:
    /// An article left the library (deleted, or a restore undone).
    void articleDeleted(core::ArticleId id);
    /// A deleted article is back, under this id.
    void articleRestored(core::ArticleId id);

private:
    void showMatches();

    LibraryController& m_controller;
    LibraryPanel& m_panel;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace annalist::ui
