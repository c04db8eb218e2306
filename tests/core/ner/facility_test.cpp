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
