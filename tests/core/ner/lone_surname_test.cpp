// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A German noun opening a sentence of another language is a surname", "[ner][person]") {
    const auto interview = annotateText("Gärtner: «Siamo pronti a ripartire».");
    CHECK(surfacesOfType(interview, EntityType::Person) == std::vector<std::string>{"Gärtner"});
    const auto apposition = annotateText("Kellner, allenatore del club, ha parlato ieri.");
    CHECK(surfacesOfType(apposition, EntityType::Person) == std::vector<std::string>{"Kellner"});
    const auto english = annotateText("Wächter, the coach, said the team was ready.", "en");
    CHECK(surfacesOfType(english, EntityType::Person) == std::vector<std::string>{"Wächter"});
}
