// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/interface_translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace annalist::ui {

InterfaceTranslation::~InterfaceTranslation() {
    remove();
}

bool InterfaceTranslation::install(const QLocale& locale) {
    remove();
    // QLocale::uiLanguages() honours $LANGUAGE, so LANGUAGE=it shows the Italian interface on any system.
    if (!m_annalist.load(locale, QStringLiteral("annalist"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        return false;
    }
    QCoreApplication::installTranslator(&m_annalist);
    // Dates and month names follow the interface's language, so "giugno 2024" sits in an Italian window even
    // when LANG is C. LANGUAGE alone may make the system locale Italian while its dates stay those of LC_TIME,
    // so the month names themselves are compared; a locale already writing them in the language is kept.
    m_previousDefault = QLocale();
    const QLocale interfaceLocale(m_annalist.language());
    if (m_previousDefault.standaloneMonthName(1) != interfaceLocale.standaloneMonthName(1)) {
        QLocale::setDefault(interfaceLocale);
    }
    // Qt's own strings (Cancel, Open, the file dialog) follow when the system has them; nothing breaks without.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
    }
    m_installed = true;
    return true;
}

void InterfaceTranslation::remove() {
    if (!m_installed) {
        return;
    }
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_annalist);
    QLocale::setDefault(m_previousDefault);
    m_installed = false;
}

} // namespace annalist::ui
