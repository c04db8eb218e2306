// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <QObject>
#include <QString>

#include <optional>
#include <string>
#include <vector>

class QAction;
class QMenu;
class QPoint;
class QUndoStack;
class QWidget;

namespace annalist::ui {

class ArticleView;
class LibraryController;
class NotesPanel;

/// The reader's note actions on the shown article: Highlight (in a chosen colour) and Add note… on
/// the selected text, and the notes panel's edits, jumps and deletions. Every change is an undoable
/// command on the window's undo stack; the article view and the panel are refreshed after each.
class NoteActions final : public QObject {
    Q_OBJECT

public:
    NoteActions(LibraryController& controller, QUndoStack& undoStack, ArticleView& view, NotesPanel& panel,
                QWidget* window);

    /// Shows the notes of an article that the view has just shown; nullopt for no article.
    void showArticle(std::optional<core::ArticleId> id, const std::string& text);

    /// Adds Highlight, its colours and Add note… to a menu.
    void fillMenu(QMenu* menu) const;

    /// Highlights the article's selected text in a colour (see core::kNoteColors); false when no
    /// article text is selected or the library refuses.
    bool highlightSelection(const std::string& color);

    /// Opens the Add note dialog for the selected text; false when no article text is selected.
    bool addNoteToSelection();

    /// Scrolls a note's passage into view and selects it; false when the note is unknown or orphaned.
    bool revealNote(qint64 id);

    /// The notes shown, in text order.
    [[nodiscard]] const std::vector<core::ReaderNote>& notes() const { return m_notes; }

    /// The Highlight action (current colour).
    [[nodiscard]] QAction* highlightAction() const { return m_highlight; }
    /// The Add note… action.
    [[nodiscard]] QAction* addNoteAction() const { return m_addNote; }

signals:
    /// A note was added through the Add note dialog; the notes panel has it selected.
    void noteAdded(qint64 id);
    /// A short message for the status bar.
    void statusMessage(const QString& message);

private:
    void createActions();
    void reload(const QString& error);
    void onSelectionChanged();
    void editNote(const core::ReaderNote& edited);
    void deleteNote(qint64 id);
    [[nodiscard]] std::optional<core::Span> selectedSpan() const;
    [[nodiscard]] core::ReaderNote draftNote(core::Span span, const std::string& color) const;
    [[nodiscard]] const core::ReaderNote* noteById(qint64 id) const;

    LibraryController& m_controller;
    QUndoStack& m_undoStack;
    ArticleView& m_view;
    NotesPanel& m_panel;
    QWidget* m_window = nullptr;
    QAction* m_highlight = nullptr;
    QAction* m_addNote = nullptr;
    QMenu* m_colorMenu = nullptr;
    std::optional<core::ArticleId> m_articleId;
    std::string m_text;
    std::string m_color = "yellow";
    std::vector<core::ReaderNote> m_notes;
};

} // namespace annalist::ui
