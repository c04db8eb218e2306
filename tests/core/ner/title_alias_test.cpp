// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::entityWithMention;
using test::surfacesOfType;

TEST_CASE("A lowercase title stays out of a known person's span even where an alias holds it", "[ner][person]") {
    const auto annotation = annotateText("Ieri papa Benedetto XVI ha ricevuto in udienza i vescovi del Veneto.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Benedetto XVI"});
    const Entity* pope = entityWithMention(annotation, "Benedetto XVI");
    REQUIRE(pope != nullptr);
    CHECK(pope->id == "person:pope-benedict-xvi");
}
