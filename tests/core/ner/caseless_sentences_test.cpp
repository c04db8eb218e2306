// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A headline in capitals marks only what it names", "[ner][caseless][en]") {
    const auto annotation = annotateText("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"JAPAN", "CHINA"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A headline in title case marks only what it names", "[ner][caseless][en]") {
    const auto annotation = annotateText("Police Arrest Two Men After Fire Destroys Warehouse in Manchester", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Manchester"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("A sentence of names is no headline", "[ner][caseless]") {
    const auto annotation = annotateText("Joe Biden, Olaf Scholz and Rishi Sunak Met in London", "en");
    CHECK(surfacesOfType(annotation, EntityType::Person) ==
          std::vector<std::string>{"Joe Biden", "Olaf Scholz", "Rishi Sunak"});
    const auto italian = annotateText("Una Fiat Panda, una Mini Cooper e una Lancia Ypsilon.");
    CHECK_FALSE(surfacesOfType(italian, EntityType::Organization).empty());
}
