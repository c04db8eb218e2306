// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/entity_style.h"

#include <QCoreApplication>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace annalist::ui {

using core::EntityType;

namespace {

// The hues come from the Okabe–Ito palette, chosen to stay apart with every common colour-vision
// deficiency. Each type has a hue for its tint and an underline colour per theme: on the light page the
// hue is darkened, on the dark page lightened, until the underline reaches 4.5:1 against the paper.
struct TypeColours {
    QColor hue;
    QColor lightUnderline;
    QColor darkUnderline;
    QTextCharFormat::UnderlineStyle line;
};

TypeColours typeColours(EntityType type) {
    switch (type) {
    case EntityType::Person: // sky blue / blue
        return {QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x72, 0xb2), QColor(0x56, 0xb4, 0xe9),
                QTextCharFormat::SingleUnderline};
    case EntityType::Place: // bluish green
        return {QColor(0x00, 0x9e, 0x73), QColor(0x00, 0x7a, 0x5a), QColor(0x2f, 0xc5, 0x9b),
                QTextCharFormat::DashUnderline};
    case EntityType::Organization: // orange
        return {QColor(0xe6, 0x9f, 0x00), QColor(0xa6, 0x5f, 0x00), QColor(0xe6, 0x9f, 0x00),
                QTextCharFormat::WaveUnderline};
    case EntityType::Treaty: // reddish purple
        return {QColor(0xcc, 0x79, 0xa7), QColor(0xa8, 0x45, 0x7f), QColor(0xe0, 0x8f, 0xc0),
                QTextCharFormat::DashDotLine};
    case EntityType::Event: // vermillion
        return {QColor(0xd5, 0x5e, 0x00), QColor(0xb8, 0x45, 0x0b), QColor(0xff, 0x8a, 0x4c), QTextCharFormat::DotLine};
    case EntityType::Date:
        break;
    }
    return {QColor(0x99, 0x99, 0x99), QColor(0x6b, 0x6b, 0x6b), QColor(0xa8, 0xa8, 0xa8),
            QTextCharFormat::DashDotDotLine};
}

QColor mix(const QColor& top, const QColor& bottom, double alpha) {
    const auto channel = [alpha](int a, int b) { return static_cast<int>(std::lround(a * alpha + b * (1 - alpha))); };
    return {channel(top.red(), bottom.red()), channel(top.green(), bottom.green()), channel(top.blue(), bottom.blue())};
}

double relativeLuminance(const QColor& colour) {
    const auto linear = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

} // namespace

EntityStyle entityStyle(EntityType type, PageTheme theme) {
    const TypeColours colours = typeColours(type);
    const PageColours page = pageColours(theme);
    // A pale tint on paper, a deep one on the dark page: both keep the ink above 7:1.
    if (theme == PageTheme::Light) {
        return {mix(colours.hue, page.page, 0.22), colours.lightUnderline, colours.line};
    }
    return {mix(colours.hue, page.page, 0.28), colours.darkUnderline, colours.line};
}

PageColours pageColours(PageTheme theme) {
    if (theme == PageTheme::Light) {
        return {QColor(0xfd, 0xfc, 0xf9), QColor(0x1f, 0x1f, 0x1f), QColor(0x6b, 0x6b, 0x6b), QColor(0xff, 0xd5, 0x4f),
                QColor(0x1f, 0x1f, 0x1f)};
    }
    return {QColor(0x1c, 0x1d, 0x21), QColor(0xe4, 0xe2, 0xdd), QColor(0xa0, 0x9d, 0x97), QColor(0x6b, 0x5a, 0x12),
            QColor(0xf2, 0xf0, 0xea)};
}

PageTheme resolveTheme(ThemeChoice choice, const QPalette& desktop) {
    switch (choice) {
    case ThemeChoice::Light:
        return PageTheme::Light;
    case ThemeChoice::Dark:
        return PageTheme::Dark;
    case ThemeChoice::System:
        break;
    }
    // Qt 6.4 has no colour-scheme hint: a desktop whose windows are darker than their text is a dark one.
    return desktop.color(QPalette::Window).lightness() < desktop.color(QPalette::WindowText).lightness()
               ? PageTheme::Dark
               : PageTheme::Light;
}

double contrastRatio(const QColor& first, const QColor& second) {
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}
QString entityTypeName(EntityType type) {
    switch (type) {
    case EntityType::Person:
        return QCoreApplication::translate("EntityType", "Person");
    case EntityType::Place:
        return QCoreApplication::translate("EntityType", "Place");
    case EntityType::Organization:
        return QCoreApplication::translate("EntityType", "Organisation");
    case EntityType::Treaty:
        return QCoreApplication::translate("EntityType", "Treaty");
    case EntityType::Event:
        return QCoreApplication::translate("EntityType", "Event");
    case EntityType::Date:
        return QCoreApplication::translate("EntityType", "Date");
    }
    return {};
}

QString entityTypePluralName(EntityType type) {
    switch (type) {
    case EntityType::Person:
        return QCoreApplication::translate("EntityType", "People");
    case EntityType::Place:
        return QCoreApplication::translate("EntityType", "Places");
    case EntityType::Organization:
        return QCoreApplication::translate("EntityType", "Organisations");
    case EntityType::Treaty:
        return QCoreApplication::translate("EntityType", "Treaties");
    case EntityType::Event:
        return QCoreApplication::translate("EntityType", "Events");
    case EntityType::Date:
        return QCoreApplication::translate("EntityType", "Dates");
    }
    return {};
}

} // namespace annalist::ui
