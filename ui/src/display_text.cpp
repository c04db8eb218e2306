// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/display_text.h"

#include <QDate>
#include <QLocale>

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
    const QLocale locale(QString::fromStdString(code));
    if (locale.language() == QLocale::C) {
        return QString::fromStdString(code);
    }
    return QLocale::languageToString(locale.language());
}

} // namespace annalist::ui
