// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A known company followed by a country is its branch for that market", "[ner][company][market]") {
    const auto annotation = annotateText("A spokeswoman for Amazon UK said the warehouse would stay open, while "
                                         "Toyota Motor Europe declined to comment.",
                                         "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Amazon UK", "Toyota Motor Europe"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("A company's market branch opening an Italian sentence is the branch", "[ner][company][market]") {
    const auto annotation = annotateText("Google Italia ha chiuso il bilancio in utile per il terzo anno.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Google Italia"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("A company and a country apart stay two mentions", "[ner][company][market]") {
    const auto annotation =
        annotateText("Sales of Amazon in Germany fell, and Amazon, France and Spain were all fined.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Amazon", "Amazon"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Germany", "France", "Spain"});
}
