// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A radio station's frequency or number belongs to its name", "[ner][station]") {
    const auto annotation = annotateText("Intervistato ai microfoni di Radio 105, il sindaco ha risposto anche "
                                         "alle domande di Rtl 102.5 sul nuovo stadio.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Radio 105", "Rtl 102.5"});
}

TEST_CASE("A station named by a broadcaster, a station word and a number is one organisation", "[ner][station]") {
    const auto annotation =
        annotateText("Speaking to BBC Radio 4 on Tuesday, the minister said the bill would pass.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"BBC Radio 4"});
    const auto channel = annotateText("The documentary was shown on Channel 5 on Sunday night.", "en");
    CHECK(surfacesOfType(channel, EntityType::Organization) == std::vector<std::string>{"Channel 5"});
    CHECK(surfacesOfType(channel, EntityType::Place).empty());
}

TEST_CASE("A number that counts something after a station word names no station", "[ner][station]") {
    const auto annotation = annotateText("Ascolta la Radio 3 volte al giorno, dice la nonna.");
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
    const auto sea = annotateText("The ferries crossed the Channel 40 times that week.", "en");
    CHECK(surfacesOfType(sea, EntityType::Organization).empty());
}
