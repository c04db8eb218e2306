// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A local office named after its city is the office and the city", "[ner][seat]") {
    const auto annotation =
        annotateText("Il Tribunale di Firenze ha condannato l'uomo, mentre la Procura di Bari indaga ancora.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Tribunale", "Procura"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Firenze", "Bari"});
}

TEST_CASE("An office named after no place stays one name", "[ner][seat]") {
    const auto annotation = annotateText("La Corte di Giustizia dell'Unione europea ha deciso ieri.");
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
    const auto organisations = surfacesOfType(annotation, EntityType::Organization);
    REQUIRE(organisations.size() == 1);
    CHECK(organisations.front().rfind("Corte di Giustizia", 0) == 0);
}
