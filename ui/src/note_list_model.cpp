// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/note_list_model.h"

#include "annalist/ui/display_text.h"
#include "annalist/ui/note_style.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

namespace annalist::ui {

namespace {

// Long passages are cut in the list; the whole passage is in the article and in the tooltip.
constexpr int kExcerptLength = 140;

QString excerpt(const QString& text) {
    const QString simple = text.simplified();
    return simple.size() <= kExcerptLength ? simple : simple.left(kExcerptLength - 1).trimmed() + QChar(0x2026);
}

QStringList tagList(const core::ReaderNote& note) {
    QStringList tags;
    for (const std::string& tag : note.tags) {
        tags << toQString(tag);
    }
    return tags;
}

} // namespace

NoteListModel::NoteListModel(QObject* parent) : QAbstractListModel(parent) {}

void NoteListModel::setNotes(std::vector<core::ReaderNote> notes) {
    beginResetModel();
    m_notes = std::move(notes);
    refilter();
    endResetModel();
}

void NoteListModel::setTagFilter(const QString& tag) {
    if (tag == m_tagFilter) {
        return;
    }
    beginResetModel();
    m_tagFilter = tag;
    refilter();
    endResetModel();
}

void NoteListModel::refilter() {
    m_shown.clear();
    const std::string tag = m_tagFilter.toStdString();
    for (std::size_t i = 0; i < m_notes.size(); ++i) {
        const auto& tags = m_notes[i].tags;
        if (tag.empty() || std::find(tags.begin(), tags.end(), tag) != tags.end()) {
            m_shown.push_back(i);
        }
    }
}

QStringList NoteListModel::allTags() const {
    QStringList tags;
    for (const core::ReaderNote& note : m_notes) {
        tags << tagList(note);
    }
    tags.removeDuplicates();
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

const core::ReaderNote* NoteListModel::noteAt(int row) const {
    return row >= 0 && static_cast<std::size_t>(row) < m_shown.size() ? &m_notes[m_shown[static_cast<std::size_t>(row)]]
                                                                      : nullptr;
}

const core::ReaderNote* NoteListModel::noteById(qint64 id) const {
    const auto it = std::find_if(m_notes.begin(), m_notes.end(), [id](const auto& note) { return note.id == id; });
    return it == m_notes.end() ? nullptr : &*it;
}

std::optional<int> NoteListModel::rowOf(qint64 id) const {
    for (std::size_t row = 0; row < m_shown.size(); ++row) {
        if (m_notes[m_shown[row]].id == id) {
            return static_cast<int>(row);
        }
    }
    return std::nullopt;
}

int NoteListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

QString NoteListModel::displayText(const core::ReaderNote& note) const {
    QStringList lines;
    const QString quote = excerpt(toQString(note.quote));
    lines << (note.orphaned ? tr("Passage no longer in the article: “%1”").arg(quote)
                            : QStringLiteral("“%1”").arg(quote));
    if (const QString text = toQString(note.note).trimmed(); !text.isEmpty()) {
        lines << excerpt(text);
    }
    if (!note.tags.empty()) {
        lines << QStringLiteral("#") + tagList(note).join(QStringLiteral("  #"));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant NoteListModel::data(const QModelIndex& index, int role) const {
    const core::ReaderNote* note = noteAt(index.row());
    if (note == nullptr || index.parent().isValid()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*note);
    case Qt::ToolTipRole:
        return toQString(note->quote);
    case Qt::DecorationRole:
        return noteColorIcon(note->color);
    case Qt::ForegroundRole:
        return note->orphaned ? QVariant(QBrush(QPalette().color(QPalette::Disabled, QPalette::Text))) : QVariant();
    case IdRole:
        return QVariant::fromValue<qint64>(note->id);
    case ColorRole:
        return toQString(note->color);
    case NoteTextRole:
        return toQString(note->note);
    case TagsRole:
        return tagList(*note);
    case OrphanedRole:
        return note->orphaned;
    case QuoteRole:
        return toQString(note->quote).simplified();
    default:
        return {};
    }
}

} // namespace annalist::ui
