// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("An Italian motorway after an article is a place", "[ner][recognizer][it]") {
    const auto annotation = annotateText("L'A1 è rimasta chiusa per ore dopo lo scontro. I mezzi pesanti sono stati "
                                         "deviati sulla A22 fino al casello di Rovereto, mentre sull'A4 il traffico "
                                         "scorreva lento. La stampante usa solo fogli in formato A4.",
                                         "it");
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"A1", "A22", "Rovereto", "A4"});
    // Basketball's and volleyball's first divisions share the first motorways' codes.
    const auto division = annotateText("La squadra è retrocessa dalla A2 dopo tre stagioni. La A1 femminile "
                                       "riparte a ottobre.",
                                       "it");
    CHECK(surfacesOfType(division, EntityType::Place).empty());
}

TEST_CASE("Italian state and provincial roads named by number are places", "[ner][recognizer][it]") {
    const auto annotation = annotateText("Una frana ha invaso la SS 45 vicino a Bobbio. Riaperta invece la strada "
                                         "statale 16 Adriatica, mentre sulla provinciale 21 si viaggia a senso "
                                         "alternato.",
                                         "it");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          Names{"SS 45", "Bobbio", "strada statale 16 Adriatica", "provinciale 21"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("A motorway code joined to its towns keeps them in its name", "[ner][recognizer][it]") {
    const auto annotation = annotateText("Il cantiere rallenta la A4 Torino-Trieste da due settimane.", "it");
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"A4 Torino-Trieste"});
}

TEST_CASE("American and British highways named by number are places", "[ner][recognizer][en]") {
    const auto annotation = annotateText("The convoy left Interstate 80 near Reno and took Route 50 east. A second "
                                         "truck jackknifed on I-70, and in England lorries queued on the M6 for "
                                         "hours.",
                                         "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          Names{"Interstate 80", "Reno", "Route 50", "I-70", "England", "M6"});
}
