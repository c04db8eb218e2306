// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QStringList>

namespace annalist::ui {

/// File ▸ Open Recent: the last files opened, newest first, remembered in the settings.
class RecentFilesMenu final : public QMenu {
    Q_OBJECT

public:
    /// How many files the menu remembers.
    static constexpr int kMaxFiles = 10;

    explicit RecentFilesMenu(QWidget* parent = nullptr);

    /// Puts a file at the top (moving it if listed) and saves the list.
    void addFile(const QString& path);
    /// Forgets a file, e.g. one that no longer opens.
    void removeFile(const QString& path);
    /// Forgets every file.
    void clearFiles();
    /// The remembered files, newest first.
    [[nodiscard]] QStringList files() const { return m_files; }

signals:
    /// The user picked a file from the menu.
    void fileChosen(const QString& path);

private:
    void save() const;
    void rebuild();

    QStringList m_files;
};

} // namespace annalist::ui
