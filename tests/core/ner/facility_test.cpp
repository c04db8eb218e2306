// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("Dams, termini and arenas named like bodies are places", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Tourists crowded the Hoover Dam, and trains left the Waterloo Terminus "
                                         "late. The final was played at the Unipol Forum while the World Economic "
                                         "Forum met.",
                                         "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"Hoover Dam", "Waterloo Terminus", "Unipol Forum"});
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"World Economic Forum"});
}

TEST_CASE("A sports hall named after Pala is a place", "[ner][recognizer][it]") {
    const auto annotation = annotateText("La finale si giocherà sabato sera al PalaTrento davanti a quattromila "
                                         "tifosi.",
                                         "it");
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"PalaTrento"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("A race track or a fair by its head word alone is no body", "[ner][recognizer][it]") {
    const auto track = annotateText("La gara di domenica si correrà all'Autodromo internazionale di Imola.", "it");
    CHECK(surfacesOfType(track, EntityType::Organization).empty());
    CHECK(surfacesOfType(track, EntityType::Place) == Names{"Imola"});
    const auto hall = annotateText("Il derby si giocherà al Palazzetto comunale di Varese.", "it");
    CHECK(surfacesOfType(hall, EntityType::Organization).empty());
    CHECK(surfacesOfType(hall, EntityType::Place) == Names{"Varese"});
    const auto fair =
        annotateText("Gli espositori del Salone nautico di Genova sono cresciuti del dieci per cento.", "it");
    CHECK(surfacesOfType(fair, EntityType::Organization).empty());
    CHECK(surfacesOfType(fair, EntityType::Person).empty());
    CHECK(surfacesOfType(fair, EntityType::Place) == Names{"Genova"});
}

TEST_CASE("A church named by a proper word and a mosque are places; a faith's church is a body",
          "[ner][recognizer][en]") {
    const auto funeral = annotateText("The funeral was held at Bethel Baptist Church in Trenton on Friday.", "en");
    CHECK(surfacesOfType(funeral, EntityType::Organization).empty());
    CHECK(surfacesOfType(funeral, EntityType::Place) == Names{"Bethel Baptist Church", "Trenton"});
    const auto mosque = annotateText("Hundreds prayed outside the Al Falah Mosque after the verdict.", "en");
    CHECK(surfacesOfType(mosque, EntityType::Person).empty());
    CHECK(surfacesOfType(mosque, EntityType::Place) == Names{"Al Falah Mosque"});
    const auto faith = annotateText("The Catholic Church and the Russian Orthodox Church issued a joint appeal.", "en");
    CHECK(surfacesOfType(faith, EntityType::Organization) == Names{"Catholic Church", "Russian Orthodox Church"});
}
