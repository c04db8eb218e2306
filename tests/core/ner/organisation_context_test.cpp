// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A company noun before a name outweighs a given name inside it", "[ner][organisations]") {
    const auto annotation = annotateText("Ieri è stato dichiarato il fallimento della società Martina Trasporti, "
                                         "che aveva appena venduto la sede.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Martina Trasporti"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A trade noun before a name still introduces a person", "[ner][organisations]") {
    const auto annotation = annotateText("Ieri è morto a Torino l'editore Luciano Varesi, che aveva novant'anni.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Luciano Varesi"});
}
