// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QIcon>
#include <QPixmap>

#include <catch2/catch.hpp>

// Q_INIT_RESOURCE declares the initialiser in the enclosing namespace, so this must stay global.
static void initResources() {
    Q_INIT_RESOURCE(annalist_ui);
}

TEST_CASE("resources: the application icon is compiled into the ui library", "[resources]") {
    initResources();
    const QPixmap icon(QStringLiteral(":/icons/annalist-64.png"));
    CHECK(icon.size() == QSize(64, 64));
    CHECK(QFile::exists(QStringLiteral(":/icons/annalist.svg")));
}
