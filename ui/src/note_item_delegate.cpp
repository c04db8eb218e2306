// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/note_item_delegate.h"

#include "annalist/ui/note_list_model.h"
#include "annalist/ui/note_style.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <vector>

namespace annalist::ui {

namespace {

constexpr int kPadding = 7;
constexpr int kBarWidth = 5;
constexpr int kQuoteLines = 2;
constexpr int kNoteLines = 3;

/// One block of text in a note row: its font, colour and lines as laid out for a width.
struct Paragraph {
    QFont font;
    QColor color;
    std::vector<QString> lines;
};

std::vector<QString> wrap(const QString& text, const QFont& font, int width, int maxLines) {
    std::vector<QString> lines;
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        const bool more = line.textStart() + line.textLength() < text.size();
        if (static_cast<int>(lines.size()) == maxLines - 1 && more) {
            lines.push_back(metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, width));
            break;
        }
        lines.push_back(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

int textWidth(const QStyleOptionViewItem& option) {
    // The row spans the list's viewport, which is narrower than the list by its frame and scroll bar.
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    const int width = view != nullptr ? view->viewport()->width() : option.rect.width();
    return std::max(80, width - 2 * kPadding - kBarWidth - 8);
}

std::vector<Paragraph> paragraphs(const QStyleOptionViewItem& option, const QModelIndex& index, bool selected) {
    const int width = textWidth(option);
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = ink;
    quiet.setAlphaF(0.7F);
    QFont italic = option.font;
    italic.setItalic(true);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    std::vector<Paragraph> result;
    if (index.data(NoteListModel::OrphanedRole).toBool()) {
        QFont bold = small;
        bold.setBold(true);
        result.push_back({bold, ink, wrap(NoteListModel::tr("Passage no longer in the article"), bold, width, 1)});
    }
    result.push_back(
        {italic, quiet, wrap(index.data(NoteListModel::QuoteRole).toString(), italic, width, kQuoteLines)});
    if (const QString note = index.data(NoteListModel::NoteTextRole).toString().simplified(); !note.isEmpty()) {
        result.push_back({option.font, ink, wrap(note, option.font, width, kNoteLines)});
    }
    if (const QStringList tags = index.data(NoteListModel::TagsRole).toStringList(); !tags.isEmpty()) {
        const QColor link = selected ? ink : option.palette.color(QPalette::Link);
        result.push_back({small, link, wrap(QStringLiteral("#") + tags.join(QStringLiteral("  #")), small, width, 1)});
    }
    return result;
}

int heightOf(const std::vector<Paragraph>& blocks) {
    int height = 0;
    for (const Paragraph& block : blocks) {
        height += QFontMetrics(block.font).lineSpacing() * static_cast<int>(block.lines.size()) + 3;
    }
    return height;
}

} // namespace

NoteItemDelegate::NoteItemDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void NoteItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect area = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    QColor bar = noteTint(index.data(NoteListModel::ColorRole).toString().toStdString());
    if (index.data(NoteListModel::OrphanedRole).toBool()) {
        bar.setAlphaF(0.35F);
    }
    painter->fillRect(QRect(area.left(), area.top(), kBarWidth, area.height()), bar);
    const bool selected = (option.state & QStyle::State_Selected) != 0;
    int y = area.top();
    const int x = area.left() + kBarWidth + 8;
    for (const Paragraph& block : paragraphs(option, index, selected)) {
        const QFontMetrics metrics(block.font);
        painter->setFont(block.font);
        painter->setPen(block.color);
        for (const QString& line : block.lines) {
            painter->drawText(QPoint(x, y + metrics.ascent()), line);
            y += metrics.lineSpacing();
        }
        y += 3;
    }
    painter->restore();
}

QSize NoteItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    return {textWidth(option), heightOf(paragraphs(option, index, false)) + 2 * kPadding};
}

} // namespace annalist::ui
