// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QTranslator>

namespace annalist::ui {

/// The interface in the reader's language: Annalist's own translation, compiled into the program, and
/// Qt's translation of its standard dialogs and buttons. Installed while the object lives.
class InterfaceTranslation final {
public:
    InterfaceTranslation() = default;
    InterfaceTranslation(const InterfaceTranslation&) = delete;
    InterfaceTranslation& operator=(const InterfaceTranslation&) = delete;
    ~InterfaceTranslation();

    /// Installs the translations of the locale's first user-interface language that has one, and makes a
    /// locale of that language the default when the system's is another; returns false when Annalist has
    /// no translation for it (English, the source language, needs none).
    bool install(const QLocale& locale);

    /// Removes the translations installed by install().
    void remove();

private:
    QTranslator m_annalist;
    QTranslator m_qt;
    QLocale m_previousDefault;
    bool m_installed = false;
};

} // namespace annalist::ui
