// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/article_item_delegate.h"

#include "annalist/ui/article_list_model.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace annalist::ui {

namespace {

constexpr int kPadding = 8;
constexpr int kTitleLines = 2;

QFont titleFont(const QStyleOptionViewItem& option) {
    QFont font = option.font;
    font.setBold(true);
    return font;
}

QFont metaFont(const QStyleOptionViewItem& option) {
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

// Lays the title out on at most two lines, eliding the last one, and draws it; returns its height.
int drawTitle(QPainter* painter, const QFont& font, const QString& title, const QRect& rect) {
    const QFontMetrics metrics(font);
    QTextLayout layout(title, font);
    layout.beginLayout();
    int y = rect.top();
    for (int n = 0; n < kTitleLines; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(rect.width());
        const bool last = n == kTitleLines - 1 && line.textStart() + line.textLength() < title.size();
        const QString text = last ? metrics.elidedText(title.mid(line.textStart()), Qt::ElideRight, rect.width())
                                  : title.mid(line.textStart(), line.textLength());
        painter->drawText(QPoint(rect.left(), y + metrics.ascent()), text);
        y += metrics.lineSpacing();
    }
    layout.endLayout();
    return y - rect.top();
}

} // namespace

ArticleItemDelegate::ArticleItemDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void ArticleItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = (option.state & QStyle::State_Selected) != 0;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    painter->setPen(option.palette.color(textRole));
    painter->setFont(titleFont(option));
    const int titleHeight = drawTitle(painter, titleFont(option), index.data(Qt::DisplayRole).toString(), area);

    const QFont meta = metaFont(option);
    painter->setFont(meta);
    QColor metaColor = option.palette.color(textRole);
    metaColor.setAlphaF(selected ? 0.85F : 0.6F);
    painter->setPen(metaColor);
    const QFontMetrics metrics(meta);
    const QRect metaRect(area.left(), area.top() + titleHeight + 2, area.width(), metrics.height());
    painter->drawText(metaRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(metaLine(index), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize ArticleItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    Q_UNUSED(index);
    const int title = QFontMetrics(titleFont(option)).lineSpacing() * kTitleLines;
    const int meta = QFontMetrics(metaFont(option)).height();
    return {200, title + meta + 2 + 2 * kPadding};
}

QString ArticleItemDelegate::metaLine(const QModelIndex& index) {
    QStringList parts;
    for (const int role : {ArticleListModel::SourceRole, ArticleListModel::DateRole, ArticleListModel::LanguageRole}) {
        const QString part = index.data(role).toString();
        if (!part.isEmpty()) {
            parts << part;
        }
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace annalist::ui
