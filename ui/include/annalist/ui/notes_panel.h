// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QHBoxLayout;

namespace annalist::ui {

class NoteListModel;

/// The reader's notes on the shown article: a list (passage, note, tags, colour) that a tag can
/// filter, and a small editor for the selected note. It only displays and reports; the changes
/// themselves are made by whoever listens.
class NotesPanel final : public QWidget {
    Q_OBJECT

public:
    explicit NotesPanel(QWidget* parent = nullptr);

    /// Shows these notes, keeping the selected note and the tag filter when they still exist.
    void setNotes(std::vector<core::ReaderNote> notes);

    /// Adds a tool button for an action above the list; with a menu, the button also drops it down.
    void addToolAction(QAction* action, QMenu* menu = nullptr);

    /// Selects a note in the list (clearing a tag filter that hides it); false when it is unknown.
    bool selectNote(qint64 id);

    /// The selected note's id.
    [[nodiscard]] std::optional<qint64> currentNoteId() const;

    /// The list's model.
    [[nodiscard]] const NoteListModel& model() const { return *m_model; }

signals:
    /// The user asked to see a note's passage (double click or "Go to passage").
    void noteActivated(qint64 id);
    /// The user saved changes to a note: the note as it should be stored.
    void noteEdited(const annalist::core::ReaderNote& note);
    /// The user asked to delete a note.
    void noteDeleteRequested(qint64 id);

private:
    void buildList();
    void buildEditor();
    void connectEditor();
    void refreshTagFilter();
    void onCurrentChanged(const QModelIndex& current);
    void onTagFilterChosen(int index);
    void loadEditor(const core::ReaderNote* note);
    void updateEditorButtons();
    void saveEditor();
    [[nodiscard]] const core::ReaderNote* currentNote() const;

    NoteListModel* m_model = nullptr;
    QHBoxLayout* m_tools = nullptr;
    QComboBox* m_tagFilter = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_editor = nullptr;
    QComboBox* m_color = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLineEdit* m_tags = nullptr;
    QPushButton* m_goTo = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_save = nullptr;
    bool m_loading = false;
};

} // namespace annalist::ui
