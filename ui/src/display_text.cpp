// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/display_text.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <array>
#include <utility>

namespace annalist::ui {

QString formatPartialDate(const core::PartialDate& date) {
    if (!date.isValid()) {
        return {};
    }
    const QLocale locale;
    if (date.month == 0) {
        return QString::number(date.year);
    }
    if (date.day == 0) {
        return QStringLiteral("%1 %2").arg(locale.standaloneMonthName(date.month), QString::number(date.year));
    }
    return locale.toString(QDate(date.year, date.month, date.day), QStringLiteral("d MMMM yyyy"));
}

QString languageName(const std::string& code) {
    if (code.empty()) {
        return {};
    }
    // The languages Annalist reads are named in the interface's language; Qt names others only in English.
    static const std::array<std::pair<const char*, const char*>, 5> known = {{
        {"it", QT_TRANSLATE_NOOP("Language", "Italian")},
        {"en", QT_TRANSLATE_NOOP("Language", "English")},
        {"fr", QT_TRANSLATE_NOOP("Language", "French")},
        {"de", QT_TRANSLATE_NOOP("Language", "German")},
        {"es", QT_TRANSLATE_NOOP("Language", "Spanish")},
    }};
    for (const auto& [knownCode, name] : known) {
        if (code == knownCode) {
            return QCoreApplication::translate("Language", name);
        }
    }
    const QLocale locale(QString::fromStdString(code));
    if (locale.language() == QLocale::C) {
        return QString::fromStdString(code);
    }
    return QLocale::languageToString(locale.language());
}

} // namespace annalist::ui
