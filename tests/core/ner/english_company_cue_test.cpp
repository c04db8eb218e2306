// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("Business cues make a town or an unknown word a company", "[ner][recognizer][en]") {
    const auto shares = annotateText("Shares of Nokia fell 3% after the results were published.", "en");
    CHECK(surfacesOfType(shares, EntityType::Organization) == Names{"Nokia"});
    CHECK(surfacesOfType(shares, EntityType::Place).empty());
    const auto analysts = annotateText("Analysts at Jefferies expect margins to improve next year.", "en");
    CHECK(surfacesOfType(analysts, EntityType::Organization) == Names{"Jefferies"});
    const auto chief = annotateText("Verizon's chief executive said the network would be upgraded by May.", "en");
    CHECK(surfacesOfType(chief, EntityType::Organization) == Names{"Verizon"});
    CHECK(surfacesOfType(chief, EntityType::Person).empty());
    const auto spokesperson = annotateText("A spokesperson for Verizon declined to comment on the outage.", "en");
    CHECK(surfacesOfType(spokesperson, EntityType::Organization) == Names{"Verizon"});
}

TEST_CASE("A stock exchange's ticker is no name of its own", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Orlin Holdings (NYSE: ORH) reported higher profits on Thursday.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Orlin Holdings", "NYSE"});
}

TEST_CASE("Weak company cues leave people's surnames alone", "[ner][recognizer][en]") {
    const auto annotation = annotateText("A spokesman for Smith said he would not run again, and Jones shares the view "
                                         "that taxes are too high.",
                                         "en");
    CHECK(surfacesOfType(annotation, EntityType::Person) == Names{"Smith", "Jones"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}
