// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <QAbstractListModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace annalist::ui {

/// The notes of one article as a list, optionally only those carrying one tag. Each row shows the
/// quoted passage, the note's text and its tags, with a swatch of its colour.
class NoteListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 note id
        ColorRole,                 ///< QString colour key ("yellow")
        NoteTextRole,              ///< QString
        TagsRole,                  ///< QStringList
        OrphanedRole,              ///< bool: the passage is no longer in the text
        QuoteRole,                 ///< QString: the passage, on one line
    };

    explicit NoteListModel(QObject* parent = nullptr);

    /// Replaces the notes; the tag filter stays.
    void setNotes(std::vector<core::ReaderNote> notes);

    /// Shows only notes carrying `tag`; an empty tag shows every note.
    void setTagFilter(const QString& tag);

    /// The tag filter in force, empty for none.
    [[nodiscard]] const QString& tagFilter() const { return m_tagFilter; }

    /// Number of notes, shown or filtered out.
    [[nodiscard]] std::size_t noteCount() const { return m_notes.size(); }

    /// Every tag of every note, sorted, each once.
    [[nodiscard]] QStringList allTags() const;

    /// The note on a row.
    [[nodiscard]] const core::ReaderNote* noteAt(int row) const;

    /// The note with an id, shown or filtered out; nullptr when unknown.
    [[nodiscard]] const core::ReaderNote* noteById(qint64 id) const;

    /// Row of a shown note.
    [[nodiscard]] std::optional<int> rowOf(qint64 id) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;

private:
    void refilter();
    [[nodiscard]] QString displayText(const core::ReaderNote& note) const;

    std::vector<core::ReaderNote> m_notes;
    std::vector<std::size_t> m_shown; ///< indexes into m_notes
    QString m_tagFilter;
};

} // namespace annalist::ui
