// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A dateline's unknown city in capitals is a place", "[ner][dateline][en]") {
    const auto annotation =
        annotateText("ZORBANIKA (Reuters) - Police said on Monday that two men had been arrested.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"ZORBANIKA"});
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Reuters"});
}

TEST_CASE("A name in capitals before a comma and a country is the dateline's city", "[ner][dateline][en]") {
    const auto annotation = annotateText("AL-ZORBA, United Arab Emirates 1996-12-06", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          std::vector<std::string>{"AL-ZORBA", "United Arab Emirates"});
}

TEST_CASE("A short word in capitals before a dash is no dateline, and a function word is never a name",
          "[ner][dateline][en]") {
    const auto annotation = annotateText("QZX - The agency said the launch would wait.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A name ending in an initialism or an abbreviation keeps its dot", "[ner][abbreviation][en]") {
    const auto annotation = annotateText("The U.S. Senate met Apple Inc. lawyers in the U.K. on Monday.", "en");
    const auto places = surfacesOfType(annotation, EntityType::Place);
    CHECK(std::find(places.begin(), places.end(), "U.S.") != places.end());
    CHECK(std::find(places.begin(), places.end(), "U.K.") != places.end());
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Apple Inc."});
}
