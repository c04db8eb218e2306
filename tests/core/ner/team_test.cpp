// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A city after a masculine article is its club", "[ner][teams]") {
    const auto annotation = annotateText("Domenica il Parma ospita il Bologna, poi giocherà sul campo del Lecce.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Parma", "Bologna", "Lecce"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("A city without an article stays a place", "[ner][teams]") {
    const auto annotation = annotateText("Il sindaco è tornato a Parma e poi è partito per Bologna.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Parma", "Bologna"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("A feminine article makes a city its club only in a sentence about sport", "[ner][teams]") {
    const auto sport = annotateText("Ieri la Roma ha pareggiato in casa e la Lazio è salita in classifica.");
    CHECK(surfacesOfType(sport, EntityType::Organization) == std::vector<std::string>{"Roma", "Lazio"});
    const auto history = annotateText("La Roma dei papi contava pochi abitanti, mentre il Lazio era una campagna.");
    CHECK(surfacesOfType(history, EntityType::Place) == std::vector<std::string>{"Roma", "Lazio"});
    CHECK(surfacesOfType(history, EntityType::Organization).empty());
}

TEST_CASE("Two cities joined by a dash are a fixture only with a score or a club", "[ner][teams]") {
    const auto fixture = annotateText("Risultati di ieri: Torino - Genoa 2-1.");
    CHECK(surfacesOfType(fixture, EntityType::Organization) == std::vector<std::string>{"Torino", "Genoa"});
    const auto train = annotateText("Il treno Torino - Genova delle 12:50 viaggia con venti minuti di ritardo.");
    CHECK(surfacesOfType(train, EntityType::Place) == std::vector<std::string>{"Torino", "Genova"});
}

TEST_CASE("The national team is an organisation with the nationality that says whose", "[ner][teams]") {
    const auto annotation =
        annotateText("Ha esordito nella Nazionale argentina nel 1990 e ha poi affrontato la Nazionale azzurra.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Nazionale argentina", "Nazionale azzurra"});
    const auto body = annotateText("Il Comitato Olimpico Nazionale Italiano ha sede a Roma.");
    CHECK(surfacesOfType(body, EntityType::Organization) ==
          std::vector<std::string>{"Comitato Olimpico Nazionale Italiano"});
}

TEST_CASE("A sport's name before a city is that city's club", "[ner][teams]") {
    const auto annotation = annotateText("Da ragazzo giocava nel Rugby Roma, poi passò al Basket Treviso.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Rugby Roma", "Basket Treviso"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("A city next to a match verb in a sentence with a result is a team", "[ner][teams]") {
    const auto english = annotateText("On Saturday Leeds beat Norwich 3-1, while Bristol drew with Swansea 0-0.", "en");
    CHECK(surfacesOfType(english, EntityType::Organization) ==
          std::vector<std::string>{"Leeds", "Norwich", "Bristol", "Swansea"});
    const auto italian = annotateText("Ieri Cagliari batte Palermo 2-0 davanti a ventimila spettatori.");
    CHECK(surfacesOfType(italian, EntityType::Organization) == std::vector<std::string>{"Cagliari", "Palermo"});
    const auto war = annotateText("On Sunday the army beat back the rebels near Aleppo.", "en");
    CHECK(surfacesOfType(war, EntityType::Place) == std::vector<std::string>{"Aleppo"});
}
