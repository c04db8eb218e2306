// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library_test_support.h"

#include "annalist/ui/article_list_model.h"
#include "annalist/ui/display_text.h"
#include "annalist/ui/library_panel.h"

#include <QAction>
#include <QFile>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>

namespace annalist::ui::test {

QString writeArticle(const QTemporaryDir& folder, const QString& name, const QString& content) {
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content.toUtf8());
    return path;
}

QAction* actionWithShortcut(const QWidget& window, const QKeySequence& shortcut) {
    const auto actions = window.findChildren<QAction*>();
    const auto it = std::find_if(actions.begin(), actions.end(),
                                 [&](const QAction* action) { return action->shortcuts().contains(shortcut); });
    return it == actions.end() ? nullptr : *it;
}

LibraryWindow::LibraryWindow() : window(services.controller, services.dialogs) {
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QTemporaryDir& folder = services.folder;
    REQUIRE(window.openFile(writeArticle(
        folder, QStringLiteral("putin.txt"),
        QStringLiteral(
            "date 2024-06\ntitle: Putin arriva a Pyongyang\nsource: Il Giornale\n\n"
            "Il presidente russo Vladimir Putin è arrivato a Pyongyang, dove lo ha accolto Kim Jong-un.\n"))));
    REQUIRE(window.openFile(
        writeArticle(folder, QStringLiteral("nato.txt"),
                     QStringLiteral("date 2023-07\ntitle: La Nato a Vilnius\nsource: La Stampa\n\n"
                                    "I leader della Nato si sono riuniti a Vilnius, capitale della Lituania.\n"))));
    REQUIRE(window.openFile(
        writeArticle(folder, QStringLiteral("citta.txt"),
                     QStringLiteral("date 2022-11\ntitle: Città più vivibili\nsource: Il Giornale\n\n"
                                    "Uno studio misura la qualità della vita nelle città di provincia.\n"))));
}

QStringList LibraryWindow::titles() const {
    const ArticleListModel& model = window.findChild<LibraryPanel*>()->model();
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row) {
        titles << model.index(row).data().toString();
    }
    return titles;
}

bool LibraryWindow::articleMentions(const QString& title, core::EntityType type) const {
    for (const core::ArticleSummary& summary : services.library.list()) {
        if (toQString(summary.title) != title) {
            continue;
        }
        const auto stored = services.library.load(summary.id);
        return stored && std::any_of(stored->annotation.entities.begin(), stored->annotation.entities.end(),
                                     [type](const core::Entity& entity) { return entity.type == type; });
    }
    return false;
}

} // namespace annalist::ui::test
