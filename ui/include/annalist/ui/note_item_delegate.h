// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace annalist::ui {

/// Draws a note in the notes list: a bar of its colour, the passage in italics (two lines at most),
/// the note's text (three lines at most) and its tags; an orphaned note says its passage is gone.
class NoteItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit NoteItemDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace annalist::ui
