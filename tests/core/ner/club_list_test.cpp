// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("Towns listed with a club are clubs", "[ner][clubs]") {
    const auto career =
        annotateText("Da giocatore ha vestito le maglie della Roma, Verona e Bari prima di chiudere la carriera.");
    CHECK(surfacesOfType(career, EntityType::Organization) == Names{"Roma", "Verona", "Bari"});
    const auto final = annotateText("La finale tra Juventus e Bologna si giocherà a Torino.");
    CHECK(surfacesOfType(final, EntityType::Organization) == Names{"Juventus", "Bologna"});
    CHECK(surfacesOfType(final, EntityType::Place) == Names{"Torino"});
}

TEST_CASE("Towns listed without a club stay places", "[ner][clubs]") {
    const auto visit = annotateText("Il ministro ha visitato Roma, Verona e Bari la settimana scorsa.");
    CHECK(surfacesOfType(visit, EntityType::Place) == Names{"Roma", "Verona", "Bari"});
    const auto weather = annotateText("Nella Roma, Verona e Bari è arrivato il maltempo.");
    CHECK(surfacesOfType(weather, EntityType::Organization).empty());
}
