// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("An Arabic name joined by al or bin is a person, not a body", "[ner][recognizer]") {
    const auto son = annotateText("Secondo fonti locali, Saif al Islam avrebbe lasciato la città di notte.", "it");
    CHECK(surfacesOfType(son, EntityType::Organization).empty());
    CHECK(surfacesOfType(son, EntityType::Person) == Names{"Saif al Islam"});
    const auto leader = annotateText("Il ministro ha incontrato Hamad bin Jassim al Kuwari a Doha.", "it");
    CHECK(surfacesOfType(leader, EntityType::Organization).empty());
    const auto english = annotateText("Officials said Osama al Masri had left the country in March.", "en");
    CHECK(surfacesOfType(english, EntityType::Person) == Names{"Osama al Masri"});
}

TEST_CASE("A body or a place written with al stays what it is", "[ner][recognizer][it]") {
    const auto office = annotateText("L'Assessorato al Turismo della Regione Puglia ha risposto ieri.", "it");
    CHECK_FALSE(surfacesOfType(office, EntityType::Organization).empty());
    CHECK(surfacesOfType(office, EntityType::Person).empty());
}
