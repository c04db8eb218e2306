// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A cup named after a country is an event, not the country", "[ner][recognizer][it]") {
    const auto annotation = annotateText("Il Parma ha perso la finale di Coppa Italia ai rigori, ma la squadra "
                                         "giocherà il Gran Premio di Francia a Digione.",
                                         "it");
    CHECK(surfacesOfType(annotation, EntityType::Event) == Names{"Coppa Italia", "Gran Premio"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"Francia", "Digione"});
}
