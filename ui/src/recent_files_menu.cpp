// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/recent_files_menu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace annalist::ui {

namespace {

const QString kRecentFilesKey = QStringLiteral("recentFiles");

} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget* parent) : QMenu(tr("Open &Recent"), parent) {
    setObjectName(QStringLiteral("recentFilesMenu"));
    m_files = QSettings().value(kRecentFilesKey).toStringList().mid(0, kMaxFiles);
    rebuild();
}

void RecentFilesMenu::addFile(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    m_files = m_files.mid(0, kMaxFiles);
    save();
    rebuild();
}

void RecentFilesMenu::removeFile(const QString& path) {
    if (m_files.removeAll(QFileInfo(path).absoluteFilePath()) > 0) {
        save();
        rebuild();
    }
}

void RecentFilesMenu::clearFiles() {
    m_files.clear();
    save();
    rebuild();
}

void RecentFilesMenu::save() const {
    QSettings().setValue(kRecentFilesKey, m_files);
}

void RecentFilesMenu::rebuild() {
    clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const QString& path = m_files.at(i);
        // Numbered 1–9 for keyboard access; the full path is in the status tip.
        const QString prefix = i < 9 ? QStringLiteral("&%1 ").arg(i + 1) : QString();
        QAction* action = addAction(prefix + QFileInfo(path).fileName(), this, [this, path] { emit fileChosen(path); });
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    if (!m_files.isEmpty()) {
        addSeparator();
    }
    QAction* clearAction = addAction(tr("&Clear Menu"), this, &RecentFilesMenu::clearFiles);
    clearAction->setEnabled(!m_files.isEmpty());
    setEnabled(true);
}

} // namespace annalist::ui
