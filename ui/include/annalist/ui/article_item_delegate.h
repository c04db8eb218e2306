// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace annalist::ui {

/// Draws a library row as a card: the title in bold on up to two lines, then source, date and
/// language in a quieter colour.
class ArticleItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ArticleItemDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    [[nodiscard]] static QString metaLine(const QModelIndex& index);
};

} // namespace annalist::ui
