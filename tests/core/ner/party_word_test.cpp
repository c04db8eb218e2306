// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A party named by one ordinary word with a capital is an organisation", "[ner][organisation][en]") {
    const auto labor = annotateText("Polls in Perth suggest Labor will hold the seat, and the Coalition has "
                                    "conceded two others.",
                                    "en");
    CHECK(surfacesOfType(labor, EntityType::Organization) == Names{"Labor", "Coalition"});
    CHECK(surfacesOfType(labor, EntityType::Person).empty());
    const auto opening = annotateText("Voters in Ballarat went to the polls. Labor said the result was close.", "en");
    CHECK(surfacesOfType(opening, EntityType::Organization) == Names{"Labor"});
}

TEST_CASE("The same word inside a longer name, as a holiday or as a noun is no party", "[ner][organisation][en]") {
    const auto holiday = annotateText("Shops in Leeds will close early on Labour Day and on Labor Day in Ohio.", "en");
    CHECK(surfacesOfType(holiday, EntityType::Organization).empty());
    const auto noun = annotateText("Labor costs rose in Ohio as the coalition of unions pressed for more.", "en");
    CHECK(surfacesOfType(noun, EntityType::Organization).empty());
    const auto bureau = annotateText("The Bureau of Labor Statistics said hiring slowed.", "en");
    CHECK(surfacesOfType(bureau, EntityType::Organization) == Names{"Bureau of Labor Statistics"});
}
