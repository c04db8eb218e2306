// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("Feasts of the year are no names, in Italian and English", "[ner][recognizer]") {
    const auto italian = annotateText("A Natale i negozi di Lecco resteranno aperti, e dopo Pasqua riapre il museo.");
    CHECK(surfacesOfType(italian, EntityType::Place) == Names{"Lecco"});
    CHECK(surfacesOfType(italian, EntityType::Person).empty());
    const auto english = annotateText("Before Christmas the market in Bath was busy, and at Easter it closed.", "en");
    CHECK(surfacesOfType(english, EntityType::Place) == Names{"Bath"});
    CHECK(surfacesOfType(english, EntityType::Person).empty());
}

TEST_CASE("A feast's name that is a given name still opens a full name", "[ner][recognizer]") {
    const auto annotation = annotateText("Ha parlato per primo Natale Ferraro, sindaco del paese.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == Names{"Natale Ferraro"});
}

TEST_CASE("An elided preposition opening a sentence is no name", "[ner][recognizer]") {
    const auto annotation = annotateText("D’inverno la strada per Bormio resta chiusa. D'Amato ha protestato.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == Names{"D'Amato"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"Bormio"});
}
