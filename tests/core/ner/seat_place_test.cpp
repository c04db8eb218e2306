// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A government's seat after a word of position is the building, a place", "[ner][recognizer]") {
    const auto italian =
        annotateText("Un centinaio di manifestanti ha atteso il verdetto davanti a Palazzo Chigi.", "it");
    CHECK(surfacesOfType(italian, EntityType::Organization).empty());
    CHECK(surfacesOfType(italian, EntityType::Place) == Names{"Palazzo Chigi"});
    const auto outside = annotateText("Nurses held a vigil outside Downing Street on Tuesday night.", "en");
    CHECK(surfacesOfType(outside, EntityType::Place) == Names{"Downing Street"});
    const auto front = annotateText("Farmers parked their tractors in front of the Elysee.", "en");
    CHECK(surfacesOfType(front, EntityType::Organization).empty());
}

TEST_CASE("A government's seat listed with squares and streets is a place on a route", "[ner][recognizer]") {
    const auto route =
        annotateText("Il percorso tocca piazza Venezia, via del Corso e Palazzo Chigi prima di pranzo.", "it");
    CHECK(surfacesOfType(route, EntityType::Organization).empty());
    CHECK(surfacesOfType(route, EntityType::Place) == Names{"piazza Venezia", "via del Corso", "Palazzo Chigi"});
    const auto english =
        annotateText("The route passes Leicester Square, Whitehall and Downing Street before noon.", "en");
    CHECK(surfacesOfType(english, EntityType::Organization).empty());
}

TEST_CASE("A government's seat that acts is the government", "[ner][recognizer]") {
    const auto acts = annotateText("Palazzo Chigi ha smentito le voci di un rimpasto, mentre il Quirinale tace.", "it");
    CHECK(surfacesOfType(acts, EntityType::Organization) == Names{"Palazzo Chigi", "Quirinale"});
    const auto letter = annotateText("The union sent a letter to Downing Street and the Treasury.", "en");
    CHECK_FALSE(surfacesOfType(letter, EntityType::Organization).empty());
}
