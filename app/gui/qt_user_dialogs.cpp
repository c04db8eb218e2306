// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_user_dialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace annalist::app {

void QtUserDialogs::warn(QWidget* parent, const QString& title, const QString& message) {
    QMessageBox::warning(parent, title, message);
}

QString QtUserDialogs::chooseFileToOpen(QWidget* parent, const QString& title, const QString& filter) {
    const QString path = QFileDialog::getOpenFileName(parent, title, m_lastFolder, filter);
    if (!path.isEmpty()) {
        m_lastFolder = QFileInfo(path).absolutePath();
    }
    return path;
}

QString QtUserDialogs::chooseFileToSave(QWidget* parent, const QString& title, const QString& suggestedPath,
                                        const QString& filter) {
    const QString start = m_lastFolder.isEmpty() ? suggestedPath : QDir(m_lastFolder).filePath(suggestedPath);
    const QString path = QFileDialog::getSaveFileName(parent, title, start, filter);
    if (!path.isEmpty()) {
        m_lastFolder = QFileInfo(path).absolutePath();
    }
    return path;
}

void QtUserDialogs::showAbout(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::about(parent, title, text);
}

} // namespace annalist::app
