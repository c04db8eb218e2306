// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_test_support.h"

#include "annalist/core/kb/entity_facts.h"
#include "annalist/core/kb/world_map.h"
#include "annalist/ui/article_view.h"
#include "annalist/ui/entity_card.h"
#include "annalist/ui/entity_context.h"
#include "annalist/ui/entity_tree_model.h"
#include "annalist/ui/main_window.h"
#include "annalist/ui/world_map_widget.h"

#include <QImage>
#include <QLabel>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace annalist;
using annalist::ui::test::TestServices;

namespace {

const std::string kPutin = "person:vladimir-putin";
const std::string kPyongyang = "city:KP:pyongyang";
const std::string kTreaty = "treaty:russia-north-korea-comprehensive-strategic-partnership";

QString samplePath(const char* name) {
    return QStringLiteral(ANNALIST_RESOURCE_DIR "/samples/") + QString::fromLatin1(name);
}

/// The window as main.cpp builds it, facts and map included, with the model article open.
struct CardWindow {
    CardWindow()
        : facts(core::FactsBook::load(ANNALIST_RESOURCE_DIR)),
          worldMap(core::WorldMap::load(core::WorldMap::fileIn(ANNALIST_RESOURCE_DIR))),
          context(services.controller, facts, worldMap), window(services.controller, services.dialogs, context) {
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        openSeed();
    }

    void openSeed() {
        REQUIRE(window.openFile(ui::test::seedArticlePath()));
        stored = services.library.load(*window.currentArticleId());
        REQUIRE(stored);
    }

    [[nodiscard]] int entityIndex(const std::string& id) const {
        const auto& entities = stored->annotation.entities;
        for (std::size_t i = 0; i < entities.size(); ++i) {
            if (entities[i].id == id) {
                return static_cast<int>(i);
            }
        }
        FAIL("the model article has no entity " << id);
        return -1;
    }

    /// A real click on the entity's first highlighted mention in the article.
    void clickInArticle(const std::string& id) const {
        auto& view = *window.findChild<ui::ArticleView*>();
        const auto range = view.mentionRange({entityIndex(id), 0});
        REQUIRE(range);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                          ui::test::pointInside(view, range->first, range->second));
    }

    /// A real click on the entity's row in the entity list.
    void clickInList(const std::string& id) const {
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("entityTree"));
        const auto* model = qobject_cast<const ui::EntityTreeModel*>(tree->model());
        const QModelIndex index = model->indexOfEntity(entityIndex(id));
        REQUIRE(index.isValid());
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    }

    [[nodiscard]] ui::EntityCard& card() const { return *window.findChild<ui::EntityCard*>(); }
    [[nodiscard]] QString label(const char* name) const {
        return card().findChild<QLabel*>(QString::fromLatin1(name))->text();
    }
    [[nodiscard]] QTextBrowser& browser(const char* name) const {
        return *card().findChild<QTextBrowser*>(QString::fromLatin1(name));
    }

    TestServices services;
    core::FactsBook facts;
    core::WorldMap worldMap;
    ui::EntityContextSource context;
    ui::MainWindow window;
    std::optional<core::StoredArticle> stored;
};

} // namespace

TEST_CASE("card: a person clicked in the article shows description, offices and country", "[card]") {
    const CardWindow opened;
    opened.clickInArticle(kPutin);

    REQUIRE(opened.card().entityIndex() == opened.entityIndex(kPutin));
    CHECK(opened.label("entityName") == QStringLiteral("Vladimir Putin"));
    CHECK(opened.label("entityDescription") == QStringLiteral("President of Russia"));
    const QString facts = opened.label("entityFacts");
    CHECK(facts.contains(QStringLiteral("President of Russia")));
    CHECK(facts.contains(QStringLiteral("since 7 May 2012")));
    CHECK(facts.contains(QStringLiteral("Prime Minister of Russia")));
    CHECK(facts.contains(QStringLiteral("Country")));
    CHECK(facts.contains(QStringLiteral("Russia")));
    // A person is no place: no map.
    CHECK_FALSE(opened.card().findChild<ui::WorldMapWidget*>()->isVisible());
}

TEST_CASE("card: a place clicked in the list shows its coordinates and a pin where it lies", "[card]") {
    const CardWindow opened;
    opened.clickInList(kPyongyang);

    REQUIRE(opened.card().entityIndex() == opened.entityIndex(kPyongyang));
    CHECK(opened.label("entityDescription") == QStringLiteral("capital of North Korea"));
    CHECK(opened.label("entityFacts").contains(QStringLiteral("39.03° N, 125.75° E")));
    CHECK(opened.label("entityFacts").contains(QStringLiteral("North Korea")));

    auto& map = *opened.card().findChild<ui::WorldMapWidget*>();
    REQUIRE(map.isVisible());
    REQUIRE(map.width() > 100);
    const auto pin = map.pinPosition();
    REQUIRE(pin);
    const QRectF world = map.worldRect();
    CHECK(world.width() == Approx(world.height() * 2));
    // Pyongyang lies at 125.75 °E, 39.03 °N: right of the middle, above the equator.
    CHECK(pin->x() == Approx(world.left() + (125.7543 + 180.0) / 360.0 * world.width()).margin(0.01));
    CHECK(pin->y() == Approx(world.top() + (90.0 - 39.0339) / 180.0 * world.height()).margin(0.01));
    // The pin is really painted there: its red centre, not the sea or the land.
    const QImage image = map.grab().toImage();
    const QColor painted = image.pixelColor(pin->toPoint());
    CHECK(painted.red() > 180);
    CHECK(painted.green() < 120);
    CHECK(painted.blue() < 120);
}

TEST_CASE("card: a treaty shows its parties, signing date and status, and its parties on the map", "[card]") {
    const CardWindow opened;
    opened.clickInArticle(kTreaty);

    REQUIRE(opened.card().entityIndex() == opened.entityIndex(kTreaty));
    const QString facts = opened.label("entityFacts");
    CHECK(facts.contains(QStringLiteral("Parties")));
    CHECK(facts.contains(QStringLiteral("Russia, North Korea")));
    CHECK(facts.contains(QStringLiteral("19 June 2024")));
    CHECK(facts.contains(QStringLiteral("4 December 2024")));
    CHECK(facts.contains(QStringLiteral("in force")));
    CHECK(facts.contains(QStringLiteral("bilateral")));
    auto& map = *opened.card().findChild<ui::WorldMapWidget*>();
    CHECK(map.isVisible());
    CHECK_FALSE(map.pinPosition());
}

TEST_CASE("card: the timeline lists another article that mentions the entity, and a click opens it", "[card]") {
    CardWindow opened;
    REQUIRE(opened.window.openFile(samplePath("new-start-suspension.en.txt")));
    const core::ArticleId other = *opened.window.currentArticleId();
    REQUIRE(opened.window.showArticle(opened.stored->id));
    opened.clickInList(kPutin);

    auto& timeline = opened.browser("entityTimeline");
    REQUIRE(timeline.isVisible());
    const auto anchor = ui::test::findAnchor(timeline, QStringLiteral("annalist-article:%1").arg(other));
    REQUIRE(anchor);
    CHECK(timeline.toPlainText().contains(QStringLiteral("February 2023")));
    CHECK(timeline.toPlainText().contains(QStringLiteral("New START")));
    // The open article is not its own timeline.
    CHECK_FALSE(ui::test::findAnchor(timeline, QStringLiteral("annalist-article:%1").arg(opened.stored->id)));

    QTest::mouseClick(timeline.viewport(), Qt::LeftButton, {},
                      ui::test::pointInside(timeline, anchor->first, anchor->second));
    CHECK(opened.window.currentArticleId() == other);
}

TEST_CASE("card: a person's quotes are shown with where they come from", "[card]") {
    const CardWindow opened;
    opened.clickInList(kPutin);

    auto& quotes = opened.browser("entityQuotes");
    REQUIRE(quotes.isVisible());
    const QString shown = quotes.toPlainText();
    CHECK(shown.contains(QStringLiteral("Il rafforzamento di un partenariato strategico globale")));
    CHECK(shown.contains(QStringLiteral("this article")));
    // A place has no quotes: the section goes away.
    opened.clickInList(kPyongyang);
    CHECK_FALSE(quotes.isVisible());
}

TEST_CASE("card: the entities seen most often with it are listed with their counts", "[card]") {
    const CardWindow opened;
    opened.clickInList(kPutin);

    auto& companions = opened.browser("entityCompanions");
    REQUIRE(companions.isVisible());
    const QString shown = companions.toPlainText();
    CHECK(shown.contains(QStringLiteral("North Korea")));
    CHECK(shown.contains(QStringLiteral("Kim Jong-un")));
    CHECK(shown.contains(QStringLiteral("1 article")));
    CHECK_FALSE(shown.contains(QStringLiteral("Vladimir Putin")));
}

TEST_CASE("card: a companion named in the article opens its own card", "[card]") {
    const CardWindow opened;
    opened.clickInList(kPutin);

    auto& companions = opened.browser("entityCompanions");
    const auto anchor = ui::test::findAnchor(companions, QStringLiteral("annalist-entity:city%3AKP%3Apyongyang"));
    REQUIRE(anchor);
    QTest::mouseClick(companions.viewport(), Qt::LeftButton, {},
                      ui::test::pointInside(companions, anchor->first, anchor->second));

    CHECK(opened.card().entityIndex() == opened.entityIndex(kPyongyang));
    CHECK(opened.label("entityName") == QStringLiteral("Pyongyang"));
    auto* tree = opened.window.findChild<QTreeView*>(QStringLiteral("entityTree"));
    CHECK(tree->currentIndex().data().toString() == QStringLiteral("Pyongyang"));
}

TEST_CASE("card: in a dark palette the card's text stays light on dark", "[card]") {
    const CardWindow opened;
    QPalette dark = opened.card().palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    opened.card().setPalette(dark);
    opened.clickInList(kPyongyang);

    auto& map = *opened.card().findChild<ui::WorldMapWidget*>();
    const QImage image = map.grab().toImage();
    // The sea at the top-left corner of the world is dark too, not a glaring light blue.
    const QPointF sea = map.worldRect().topLeft() + QPointF(6, 6);
    CHECK(image.pixelColor(sea.toPoint()).lightness() < 100);
    // Muted text in the facts is lighter than the background it sits on.
    const QString facts = opened.label("entityFacts");
    const auto colourAt = facts.indexOf(QStringLiteral("color:#"));
    REQUIRE(colourAt >= 0);
    CHECK(QColor(facts.mid(colourAt + 6, 7)).lightness() > 128);
}
