// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A word and a Roman numeral name a mission, not a person", "[ner][person]") {
    const auto english =
        annotateText("The crew of Artemis II will fly around the Moon before Artemis III lands.", "en");
    CHECK(surfacesOfType(english, EntityType::Person).empty());
    const auto italian = annotateText("L'equipaggio di Artemis II si addestra da mesi per il volo.", "it");
    CHECK(surfacesOfType(italian, EntityType::Person).empty());
}

TEST_CASE("A word and a number in figures name a spacecraft, not a person", "[ner][person]") {
    const auto figures = annotateText("Gemini 7 stayed in orbit for two weeks while Gemini 6 caught up.", "en");
    CHECK(surfacesOfType(figures, EntityType::Person).empty());
    const auto hyphen = annotateText("The lander of Varuniyaan-3 touched down near the pole on Wednesday.", "en");
    CHECK(surfacesOfType(hyphen, EntityType::Person).empty());
}

TEST_CASE("A sovereign's or a pope's name keeps its numeral", "[ner][person]") {
    const auto king = annotateText("Il re Harald V ha ricevuto il premier nel palazzo reale.", "it");
    CHECK(surfacesOfType(king, EntityType::Person) == Names{"Harald V"});
    const auto regnal = annotateText("Nel 1956 Ranieri III sposò un'attrice americana.", "it");
    CHECK(surfacesOfType(regnal, EntityType::Person) == Names{"Ranieri III"});
    const auto two = annotateText("La statua di Vittorio Emanuele II domina la piazza.", "it");
    CHECK(surfacesOfType(two, EntityType::Person) == Names{"Vittorio Emanuele II"});
}

TEST_CASE("A listed surname before a mark, or a name before a count of points, stays a person", "[ner][person]") {
    const auto marks = annotateText("Le pagelle: Bianchi 7, Ferraro 6.", "it");
    CHECK(surfacesOfType(marks, EntityType::Person) == Names{"Bianchi", "Ferraro"});
    const auto points = annotateText("In classifica comanda Pogacarov 25 punti, davanti a Lindqvist 18 punti.", "it");
    CHECK(surfacesOfType(points, EntityType::Person) == Names{"Pogacarov", "Lindqvist"});
}
