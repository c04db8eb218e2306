// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui_test_support.h"

#include "annalist/ui/main_window.h"

#include <QKeySequence>
#include <QStringList>

#include <stdexcept>
#include <string>

class QAction;

namespace annalist::ui::test {

/// Writes a small article file with a header into `folder` and returns its path.
QString writeArticle(const QTemporaryDir& folder, const QString& name, const QString& content);

/// The window's action with this shortcut, or nullptr.
[[nodiscard]] QAction* actionWithShortcut(const QWidget& window, const QKeySequence& shortcut);

/// A shown window over a library of three short articles from two sources and three years:
/// "Putin arriva a Pyongyang" (Il Giornale, 2024-06), "La Nato a Vilnius" (La Stampa, 2023-07) and
/// "Città più vivibili" (Il Giornale, 2022-11).
struct LibraryWindow {
    LibraryWindow();

    /// A child widget by object name; fails the test when missing.
    template <typename Widget> [[nodiscard]] Widget* widget(const char* name) const {
        auto* found = window.findChild<Widget*>(QString::fromLatin1(name));
        if (found == nullptr) {
            throw std::logic_error(std::string("no widget named ") + name);
        }
        return found;
    }

    /// Titles the library list shows, top to bottom.
    [[nodiscard]] QStringList titles() const;

    /// True when the stored article with this title mentions an entity of the type.
    [[nodiscard]] bool articleMentions(const QString& title, core::EntityType type) const;

    TestServices services;
    MainWindow window;
};

} // namespace annalist::ui::test
