// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("The sides of a tennis match are players, even opening the sentence", "[ner][recognizer][en]") {
    const auto annotation = annotateText(
        "Report from the final\n\nOstrowski beat Kasparian 6-4 7-6 in the final on Sunday. Kasparian said he was "
        "tired.",
        "en");
    CHECK(surfacesOfType(annotation, EntityType::Person) ==
          std::vector<std::string>{"Ostrowski", "Kasparian", "Kasparian"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("Football sides stay clubs when no tennis is played", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Arsenal beat Chelsea 2-1 on Saturday.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Arsenal", "Chelsea"});
}

TEST_CASE("A known name that a title word opens keeps it", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Premier League clubs voted on Monday to cap spending.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Premier League"});
}

TEST_CASE("The conciliation service Acas is an organisation", "[ner][recognizer][en]") {
    const auto annotation = annotateText(
        "Talks at the conciliation service Acas ended without a deal. Acas said it would try again.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Acas", "Acas"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("Celtic alone is the Glasgow club", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Report\n\nCeltic moved five points clear after a win at Dens Park.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Celtic"});
}

TEST_CASE("A town after a preposition opening the sentence stays a place before its club", "[ner][recognizer][en]") {
    const auto venue = annotateText("In Lisbon, Sporting Lisbon beat Braga 2-0 on Sunday night.", "en");
    const auto places = surfacesOfType(venue, EntityType::Place);
    CHECK(std::find(places.begin(), places.end(), "Lisbon") != places.end());
    const auto clubs = surfacesOfType(venue, EntityType::Organization);
    CHECK(std::find(clubs.begin(), clubs.end(), "Lisbon") == clubs.end());
}
