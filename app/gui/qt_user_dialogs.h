// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/ui/user_dialogs.h"

namespace annalist::app {

/// Answers the window's questions with the standard Qt dialogs.
class QtUserDialogs final : public ui::UserDialogs {
public:
    void warn(QWidget* parent, const QString& title, const QString& message) override;
    [[nodiscard]] QString chooseFileToOpen(QWidget* parent, const QString& title, const QString& filter) override;
    [[nodiscard]] QString chooseFileToSave(QWidget* parent, const QString& title, const QString& suggestedPath,
                                           const QString& filter) override;
    void showAbout(QWidget* parent, const QString& title, const QString& text) override;

private:
    QString m_lastFolder; ///< the Open and Save dialogs start where the user last was
};

} // namespace annalist::app
