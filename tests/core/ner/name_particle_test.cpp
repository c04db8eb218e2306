// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("Arabic names chain a person's names up to the family name with its article", "[ner][person]") {
    const auto italian = annotateText("Al processo ha testimoniato anche Dhiyab Karim al-Tikriti, ex ufficiale.");
    CHECK(surfacesOfType(italian, EntityType::Person) == std::vector<std::string>{"Dhiyab Karim al-Tikriti"});
    const auto english = annotateText("The court also heard Dhiyab Karim al-Tikriti, a former officer.", "en");
    CHECK(surfacesOfType(english, EntityType::Person) == std::vector<std::string>{"Dhiyab Karim al-Tikriti"});
}

TEST_CASE("The particles of a family name join a person's names around a known surname", "[ner][person]") {
    const auto italian = annotateText("Secondo Ahmed bin Salman la trattativa andrà avanti.");
    CHECK(surfacesOfType(italian, EntityType::Person) == std::vector<std::string>{"Ahmed bin Salman"});
    const auto english = annotateText("Talks with Ahmed bin Salman went on for hours.", "en");
    CHECK(surfacesOfType(english, EntityType::Person) == std::vector<std::string>{"Ahmed bin Salman"});
}

TEST_CASE("A known name before a given name still ends a name", "[ner][person]") {
    const auto place = annotateText("Ieri a Baghdad Karim al-Tikriti ha parlato.");
    CHECK(surfacesOfType(place, EntityType::Place) == std::vector<std::string>{"Baghdad"});
    CHECK(surfacesOfType(place, EntityType::Person) == std::vector<std::string>{"Karim al-Tikriti"});
    const auto body = annotateText("Ha parlato con il Pentagono Hassan al-Amiri.");
    CHECK(surfacesOfType(body, EntityType::Organization) == std::vector<std::string>{"Pentagono"});
    CHECK(surfacesOfType(body, EntityType::Person) == std::vector<std::string>{"Hassan al-Amiri"});
}
