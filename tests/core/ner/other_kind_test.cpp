// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A competition under an English cup's name is an event", "[ner][recognizer][it]") {
    const auto cup = annotateText("La squadra di Durban ha vinto la Currie Cup per la terza volta.", "it");
    CHECK(surfacesOfType(cup, EntityType::Organization).empty());
    CHECK(surfacesOfType(cup, EntityType::Event) == Names{"Currie Cup"});
    const auto fed = annotateText("Con la nazionale ha conquistato due Fed Cup prima di ritirarsi.", "it");
    CHECK(surfacesOfType(fed, EntityType::Organization).empty());
    CHECK(surfacesOfType(fed, EntityType::Event) == Names{"Fed Cup"});
}

TEST_CASE("A motorcycling championship is an event", "[ner][recognizer][it]") {
    const auto race = annotateText("Il pilota spagnolo correrà in MotoGP dalla prossima stagione.", "it");
    CHECK(surfacesOfType(race, EntityType::Organization).empty());
    CHECK(surfacesOfType(race, EntityType::Event) == Names{"MotoGP"});
}

TEST_CASE("A scripture, a faith, a geological period or an early human is no organisation", "[ner][recognizer][it]") {
    const auto scripture = annotateText("L'imam ha letto un passo del Corano davanti al sindaco di Lecco.", "it");
    CHECK(surfacesOfType(scripture, EntityType::Organization).empty());
    CHECK(surfacesOfType(scripture, EntityType::Place) == Names{"Lecco"});
    const auto period = annotateText("Le ossa trovate nella cava risalgono al Giurassico, dicono i geologi.", "it");
    CHECK(surfacesOfType(period, EntityType::Organization).empty());
    const auto human = annotateText("Il cranio ha tratti dell'Homo Erectus, secondo il museo di Torino.", "it");
    CHECK(surfacesOfType(human, EntityType::Organization).empty());
    CHECK(surfacesOfType(human, EntityType::Place) == Names{"Torino"});
}

TEST_CASE("An instrument named by several words is no organisation and no person", "[ner][recognizer]") {
    const auto collider =
        annotateText("Il Compact Linear Collider potrebbe sostituire l'acceleratore attuale, secondo il CERN.", "it");
    CHECK(surfacesOfType(collider, EntityType::Organization) == Names{"CERN"});
    const auto circular =
        annotateText("I tecnici del Future Circular Collider hanno presentato il progetto a Ginevra.", "it");
    CHECK(surfacesOfType(circular, EntityType::Organization).empty());
    CHECK(surfacesOfType(circular, EntityType::Place) == Names{"Ginevra"});
    const auto telescope = annotateText("Engineers at the Giant Magellan Telescope said the mirror was ready.", "en");
    CHECK(surfacesOfType(telescope, EntityType::Person).empty());
    CHECK(surfacesOfType(telescope, EntityType::Organization).empty());
}
