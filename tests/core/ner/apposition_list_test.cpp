// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A person after an organisation and a comma is its apposition, not a list of organisations", "[ner][lists]") {
    const auto spokesman = annotateText("Lo ha detto il portavoce di Greenpeace, Dariel Moscatt.");
    CHECK(surfacesOfType(spokesman, EntityType::Organization) == Names{"Greenpeace"});
    CHECK(surfacesOfType(spokesman, EntityType::Person) == Names{"Dariel Moscatt"});
    const auto english =
        annotateText("The figures were confirmed by the spokesman of Greenpeace, Dariel Moscatt.", "en");
    CHECK(surfacesOfType(english, EntityType::Person) == Names{"Dariel Moscatt"});
}
