// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library_test_support.h"

#include "annalist/ui/article_list_model.h"
#include "annalist/ui/library_filter_bar.h"
#include "annalist/ui/library_panel.h"
#include "annalist/ui/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace annalist;
using annalist::ui::test::LibraryWindow;

TEST_CASE("library: typing in the search box narrows the list once typing pauses", "[library]") {
    LibraryWindow fixture;
    auto* search = fixture.widget<QLineEdit>("librarySearch");
    CHECK(fixture.titles().size() == 3);

    QTest::keyClicks(search, QStringLiteral("lituania"));
    // The debounce keeps the list as it was until the typing pauses.
    CHECK(fixture.titles().size() == 3);
    REQUIRE(QTest::qWaitFor([&] { return fixture.titles().size() == 1; }));
    CHECK(fixture.titles() == QStringList{QStringLiteral("La Nato a Vilnius")});

    // Accents are folded: "citta" finds "Città".
    search->clear();
    QTest::keyClicks(search, QStringLiteral("citta"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(fixture.titles() == QStringList{QStringLiteral("Città più vivibili")});

    // A search that matches nothing says so instead of showing a blank pane.
    auto* empty = fixture.widget<QLabel>("libraryEmpty");
    CHECK_FALSE(empty->isVisible());
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zanzibar"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(fixture.titles().isEmpty());
    CHECK(empty->isVisible());

    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(fixture.titles().size() == 3);
    CHECK_FALSE(empty->isVisible());
}

TEST_CASE("library: the type filter keeps articles mentioning that type", "[library]") {
    LibraryWindow fixture;
    auto* type = fixture.widget<QComboBox>("libraryTypeFilter");
    const int people = type->findData(static_cast<int>(core::EntityType::Person));
    REQUIRE(people > 0);
    type->setCurrentIndex(people);
    const QStringList shown = fixture.titles();
    CHECK(shown.contains(QStringLiteral("Putin arriva a Pyongyang")));
    CHECK_FALSE(shown.contains(QStringLiteral("Città più vivibili")));
    for (const QString& title : shown) {
        CHECK(fixture.articleMentions(title, core::EntityType::Person));
    }
    type->setCurrentIndex(0);
    CHECK(fixture.titles().size() == 3);
}

TEST_CASE("library: picking an entity lists the articles mentioning it", "[library]") {
    LibraryWindow fixture;
    auto* entity = fixture.widget<QComboBox>("libraryEntityFilter");
    const int putin = entity->findText(QStringLiteral("Putin"), Qt::MatchContains);
    REQUIRE(putin > 0);
    entity->setCurrentIndex(putin);
    CHECK(fixture.titles() == QStringList{QStringLiteral("Putin arriva a Pyongyang")});

    // Text naming no entity means "any entity" once editing ends.
    entity->setEditText(QStringLiteral("Nessuno"));
    emit entity->lineEdit()->editingFinished();
    CHECK(fixture.titles().size() == 3);
}

TEST_CASE("library: source and date range filters combine", "[library]") {
    LibraryWindow fixture;
    auto* source = fixture.widget<QComboBox>("librarySourceFilter");
    REQUIRE(source->count() == 3); // "All sources", Il Giornale, La Stampa
    source->setCurrentIndex(source->findText(QStringLiteral("Il Giornale")));
    CHECK(fixture.titles() ==
          QStringList({QStringLiteral("Putin arriva a Pyongyang"), QStringLiteral("Città più vivibili")}));

    fixture.widget<QDateEdit>("libraryFromDate")->setDate(QDate(2024, 1, 1));
    CHECK(fixture.titles() == QStringList{QStringLiteral("Putin arriva a Pyongyang")});

    source->setCurrentIndex(0);
    fixture.widget<QDateEdit>("libraryFromDate")->setDate(QDate(2023, 1, 1));
    fixture.widget<QDateEdit>("libraryToDate")->setDate(QDate(2023, 12, 31));
    CHECK(fixture.titles() == QStringList{QStringLiteral("La Nato a Vilnius")});

    fixture.window.findChild<ui::LibraryFilterBar*>()->clearFilters();
    CHECK(fixture.titles().size() == 3);
}

TEST_CASE("library: the sort order is applied and remembered", "[library][settings]") {
    {
        LibraryWindow fixture;
        auto* order = fixture.widget<QComboBox>("libraryOrder");
        order->setCurrentIndex(order->findData(static_cast<int>(core::ArticleOrder::Title)));
        CHECK(fixture.titles() ==
              QStringList({QStringLiteral("Città più vivibili"), QStringLiteral("La Nato a Vilnius"),
                           QStringLiteral("Putin arriva a Pyongyang")}));
        order->setCurrentIndex(order->findData(static_cast<int>(core::ArticleOrder::Date)));
        CHECK(fixture.titles().front() == QStringLiteral("Putin arriva a Pyongyang"));
        order->setCurrentIndex(order->findData(static_cast<int>(core::ArticleOrder::Source)));
        fixture.window.close(); // saves the settings
    }
    LibraryWindow reopened;
    CHECK(reopened.widget<QComboBox>("libraryOrder")->currentData().toInt() ==
          static_cast<int>(core::ArticleOrder::Source));
    CHECK(reopened.titles().back() == QStringLiteral("La Nato a Vilnius"));
    reopened.widget<QComboBox>("libraryOrder")->setCurrentIndex(0);
    reopened.window.close();
}

TEST_CASE("library: Find focuses the search box", "[library]") {
    LibraryWindow fixture;
    QAction* find = ui::test::actionWithShortcut(fixture.window, QKeySequence::Find);
    REQUIRE(find != nullptr);
    find->trigger();
    CHECK(fixture.widget<QLineEdit>("librarySearch")->hasFocus());
}
