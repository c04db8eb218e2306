// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/notes_panel.h"

#include "annalist/core/notes/note_rules.h"
#include "annalist/ui/display_text.h"
#include "annalist/ui/note_item_delegate.h"
#include "annalist/ui/note_list_model.h"
#include "annalist/ui/note_style.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace annalist::ui {

NotesPanel::NotesPanel(QWidget* parent)
    : QWidget(parent), m_model(new NoteListModel(this)), m_tools(new QHBoxLayout), m_tagFilter(new QComboBox(this)),
      m_list(new QListView(this)) {
    setObjectName(QStringLiteral("notesPanel"));
    m_tagFilter->setObjectName(QStringLiteral("noteTagFilter"));
    m_tagFilter->setToolTip(tr("Show only the notes with this tag"));
    m_tools->setContentsMargins(6, 6, 6, 2);
    m_tools->addStretch(1);
    m_tools->addWidget(m_tagFilter);
    buildList();
    buildEditor();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_tools);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_editor);
    connectEditor();
    setNotes({});
}

void NotesPanel::buildList() {
    m_list->setObjectName(QStringLiteral("notesList"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setItemDelegate(new NoteItemDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setAlternatingRowColors(true);

    m_empty = new QLabel(tr("No notes yet. Select a passage in the article, then choose Highlight "
                            "or Add note… (right click, the Notes menu or the buttons above)."),
                         this);
    m_empty->setObjectName(QStringLiteral("notesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setContentsMargins(8, 8, 8, 8);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex& index) { emit noteActivated(index.data(NoteListModel::IdRole).toLongLong()); });
    connect(m_tagFilter, &QComboBox::activated, this, &NotesPanel::onTagFilterChosen);
}

void NotesPanel::buildEditor() {
    m_editor = new QWidget(this);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_color = new QComboBox(m_editor);
    m_color->setObjectName(QStringLiteral("noteColor"));
    for (const std::string_view color : core::kNoteColors) {
        m_color->addItem(noteColorIcon(color), noteColorName(color), QString::fromLatin1(color));
    }
    m_text = new QPlainTextEdit(m_editor);
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setPlaceholderText(tr("Your note"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(110);
    m_tags = new QLineEdit(m_editor);
    m_tags->setObjectName(QStringLiteral("noteTags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_goTo = new QPushButton(tr("&Go to passage"), m_editor);
    m_goTo->setObjectName(QStringLiteral("noteGoTo"));
    m_delete = new QPushButton(tr("&Delete"), m_editor);
    m_delete->setObjectName(QStringLiteral("noteDelete"));
    m_save = new QPushButton(tr("&Save"), m_editor);
    m_save->setObjectName(QStringLiteral("noteSave"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_goTo);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);

    auto* form = new QFormLayout(m_editor);
    form->setContentsMargins(6, 2, 6, 6);
    form->addRow(tr("Colour"), m_color);
    form->addRow(tr("Note"), m_text);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(buttons);
}

void NotesPanel::connectEditor() {
    connect(m_color, &QComboBox::currentIndexChanged, this, &NotesPanel::updateEditorButtons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NotesPanel::updateEditorButtons);
    connect(m_tags, &QLineEdit::textChanged, this, &NotesPanel::updateEditorButtons);
    connect(m_tags, &QLineEdit::returnPressed, this, &NotesPanel::saveEditor);
    connect(m_save, &QPushButton::clicked, this, &NotesPanel::saveEditor);
    connect(m_goTo, &QPushButton::clicked, this, [this] {
        if (const auto id = currentNoteId()) {
            emit noteActivated(*id);
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const auto id = currentNoteId()) {
            emit noteDeleteRequested(*id);
        }
    });
    auto* erase = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(erase, &QShortcut::activated, m_delete, &QPushButton::click);
}

void NotesPanel::addToolAction(QAction* action, QMenu* menu) {
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (menu != nullptr) {
        button->setMenu(menu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    m_tools->insertWidget(m_tools->count() - 2, button);
}

void NotesPanel::setNotes(std::vector<core::ReaderNote> notes) {
    const std::optional<qint64> selected = currentNoteId();
    m_model->setNotes(std::move(notes));
    refreshTagFilter();
    const bool any = m_model->noteCount() > 0;
    m_empty->setVisible(!any);
    m_list->setVisible(any);
    if (!selected || !m_model->rowOf(*selected) || !selectNote(*selected)) {
        m_list->setCurrentIndex({});
        loadEditor(nullptr);
    }
}

bool NotesPanel::selectNote(qint64 id) {
    if (m_model->noteById(id) == nullptr) {
        return false;
    }
    if (!m_model->rowOf(id)) {
        m_model->setTagFilter({});
        m_tagFilter->setCurrentIndex(0);
    }
    const QModelIndex index = m_model->index(*m_model->rowOf(id));
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    loadEditor(m_model->noteAt(index.row()));
    return true;
}

std::optional<qint64> NotesPanel::currentNoteId() const {
    const core::ReaderNote* note = currentNote();
    return note != nullptr ? std::optional<qint64>(note->id) : std::nullopt;
}

const core::ReaderNote* NotesPanel::currentNote() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->noteAt(current.row()) : nullptr;
}

void NotesPanel::refreshTagFilter() {
    QStringList tags = m_model->allTags();
    QString filter = m_model->tagFilter();
    if (!filter.isEmpty() && !tags.contains(filter)) {
        // The last note with that tag is gone: show everything again rather than an empty list.
        filter.clear();
        m_model->setTagFilter({});
    }
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    for (const QString& tag : tags) {
        m_tagFilter->addItem(QStringLiteral("#") + tag, tag);
    }
    m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(filter)));
    m_tagFilter->setEnabled(!tags.isEmpty());
}

void NotesPanel::onTagFilterChosen(int index) {
    m_model->setTagFilter(m_tagFilter->itemData(index).toString());
    m_list->setCurrentIndex({});
    loadEditor(nullptr);
}

void NotesPanel::onCurrentChanged(const QModelIndex& current) {
    loadEditor(current.isValid() ? m_model->noteAt(current.row()) : nullptr);
}

void NotesPanel::loadEditor(const core::ReaderNote* note) {
    m_loading = true;
    m_editor->setEnabled(note != nullptr);
    m_color->setCurrentIndex(note != nullptr ? std::max(0, m_color->findData(toQString(note->color))) : 0);
    m_text->setPlainText(note != nullptr ? toQString(note->note) : QString());
    m_tags->setText(note != nullptr ? tagsToText(note->tags) : QString());
    m_goTo->setEnabled(note != nullptr && !note->orphaned);
    m_loading = false;
    updateEditorButtons();
}

void NotesPanel::updateEditorButtons() {
    const core::ReaderNote* note = currentNote();
    if (m_loading || note == nullptr) {
        m_save->setEnabled(false);
        return;
    }
    const bool changed = m_color->currentData().toString() != toQString(note->color) ||
                         m_text->toPlainText() != toQString(note->note) ||
                         core::normalizedTags(tagsFromText(m_tags->text())) != note->tags;
    m_save->setEnabled(changed);
}

void NotesPanel::saveEditor() {
    const core::ReaderNote* note = currentNote();
    if (note == nullptr || !m_save->isEnabled()) {
        return;
    }
    core::ReaderNote edited = *note;
    edited.color = m_color->currentData().toString().toStdString();
    edited.note = m_text->toPlainText().toStdString();
    edited.tags = core::normalizedTags(tagsFromText(m_tags->text()));
    emit noteEdited(edited);
}

} // namespace annalist::ui
