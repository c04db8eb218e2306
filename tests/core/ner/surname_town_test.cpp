// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A known surname that is also a small town is the town after \"in\", the person after a dative \"a\"",
          "[ner][places][kb]") {
    const auto annotation = annotateText("La tempesta ha allagato le strade in Clinton. "
                                         "Il sindaco ha poi scritto una lettera a Obama.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Clinton"});
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Obama"});
}
