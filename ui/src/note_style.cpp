// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/note_style.h"

#include "annalist/ui/display_text.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>

namespace annalist::ui {

QColor noteTint(std::string_view color) {
    // Marker colours, more saturated than the pale entity tints so a highlighted passage stands
    // apart from a highlighted name, and light enough for black text on the always-light page.
    if (color == "green") {
        return QColor(0xb4, 0xe8, 0xa8);
    }
    if (color == "blue") {
        return QColor(0xa9, 0xd5, 0xff);
    }
    if (color == "pink") {
        return QColor(0xff, 0xc2, 0xdc);
    }
    if (color == "purple") {
        return QColor(0xd8, 0xc5, 0xff);
    }
    return QColor(0xff, 0xe8, 0x78);
}

QColor noteTint(std::string_view color, PageTheme theme) {
    const QColor marker = noteTint(color);
    if (theme == PageTheme::Light) {
        return marker;
    }
    // Three tenths of the marker over the dark paper keeps the light ink above 5:1 for every colour.
    constexpr double kMarker = 0.3;
    const QColor paper = pageColours(PageTheme::Dark).page;
    const auto channel = [](int a, int b) { return static_cast<int>(a * kMarker + b * (1 - kMarker) + 0.5); };
    return {channel(marker.red(), paper.red()), channel(marker.green(), paper.green()),
            channel(marker.blue(), paper.blue())};
}

QString noteColorName(std::string_view color) {
    if (color == "green") {
        return QCoreApplication::translate("NoteColor", "Green");
    }
    if (color == "blue") {
        return QCoreApplication::translate("NoteColor", "Blue");
    }
    if (color == "pink") {
        return QCoreApplication::translate("NoteColor", "Pink");
    }
    if (color == "purple") {
        return QCoreApplication::translate("NoteColor", "Purple");
    }
    return QCoreApplication::translate("NoteColor", "Yellow");
}

QIcon noteColorIcon(std::string_view color) {
    QIcon icon;
    // The disabled swatch is drawn faded rather than left to the style, which greys it into
    // something that looks like an empty check box.
    for (const auto& [mode, opacity] : {std::pair{QIcon::Normal, 1.0}, std::pair{QIcon::Disabled, 0.4}}) {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setOpacity(opacity);
        // A dark rim keeps the swatch visible on a dark menu as well as on a light one.
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
        painter.setBrush(noteTint(color));
        painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
        painter.end();
        icon.addPixmap(pixmap, mode);
    }
    return icon;
}

std::vector<std::string> tagsFromText(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[,;]|\\s+(?=#)"));
    std::vector<std::string> tags;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        if (const QString tag = part.trimmed(); !tag.isEmpty()) {
            tags.push_back(tag.toStdString());
        }
    }
    return tags;
}

QString tagsToText(const std::vector<std::string>& tags) {
    QStringList parts;
    for (const std::string& tag : tags) {
        parts << toQString(tag);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace annalist::ui
