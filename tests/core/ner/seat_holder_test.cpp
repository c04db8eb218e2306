// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A title's seat is a place and the surname after it the holder", "[ner][person]") {
    const auto mayor = annotateText("Il sindaco di Firenze Bernardelli ha firmato l'ordinanza.");
    CHECK(surfacesOfType(mayor, EntityType::Place) == std::vector<std::string>{"Firenze"});
    CHECK(surfacesOfType(mayor, EntityType::Person) == std::vector<std::string>{"Bernardelli"});
    const auto bishop = annotateText("Il vescovo di Torino Mancinelli ha celebrato la messa.");
    CHECK(surfacesOfType(bishop, EntityType::Place) == std::vector<std::string>{"Torino"});
    CHECK(surfacesOfType(bishop, EntityType::Person) == std::vector<std::string>{"Mancinelli"});
    const auto english = annotateText("The mayor of Leeds Whitcombe said the plan would go ahead.", "en");
    CHECK(surfacesOfType(english, EntityType::Place) == std::vector<std::string>{"Leeds"});
    CHECK(surfacesOfType(english, EntityType::Person) == std::vector<std::string>{"Whitcombe"});
}

TEST_CASE("A club named after a city keeps apart from the surname of its coach", "[ner][person]") {
    const auto coach = annotateText("L'allenatore del Bologna Verzotti ha parlato dopo la partita.");
    CHECK(surfacesOfType(coach, EntityType::Person) == std::vector<std::string>{"Verzotti"});
}

TEST_CASE("What belongs to a town's or a club's name stays with it after a title", "[ner][place]") {
    const auto qualifier = annotateText("Il sindaco di Milano Marittima era assente.");
    CHECK(surfacesOfType(qualifier, EntityType::Person).empty());
    const auto direction = annotateText("Il sindaco di Berlino Est ha parlato.");
    CHECK(surfacesOfType(direction, EntityType::Person).empty());
    const auto event = annotateText("Il fondatore del Verona WineFest ha parlato.");
    CHECK(surfacesOfType(event, EntityType::Person).empty());
    const auto club = annotateText("Il presidente di Reggio Emilia Calcio ha risposto.");
    CHECK(surfacesOfType(club, EntityType::Person).empty());
}
