// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace annalist::ui {

/// The modal questions and warnings the window puts to the user. The application answers them with
/// real dialogs; tests answer them with a recording double, so no test ever blocks on a modal loop.
class UserDialogs {
public:
    virtual ~UserDialogs() = default;

    /// Tells the user something failed; `message` names what and why.
    virtual void warn(QWidget* parent, const QString& title, const QString& message) = 0;

    /// Asks for an existing file to open; empty when the user cancels.
    [[nodiscard]] virtual QString chooseFileToOpen(QWidget* parent, const QString& title, const QString& filter) = 0;

    /// Asks where to save, proposing `suggestedPath`; empty when the user cancels.
    [[nodiscard]] virtual QString chooseFileToSave(QWidget* parent, const QString& title, const QString& suggestedPath,
                                                   const QString& filter) = 0;

    /// Shows the About box.
    virtual void showAbout(QWidget* parent, const QString& title, const QString& text) = 0;

protected:
    UserDialogs() = default;
    UserDialogs(const UserDialogs&) = default;
    UserDialogs& operator=(const UserDialogs&) = default;
};

} // namespace annalist::ui
