// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("After a past participle, da introduces who did it, not a place", "[ner][recognizer][it]") {
    const auto annotation = annotateText("La trasmissione, condotta da Zanforlin, ha perso ascolti. Il pullman era "
                                         "partito da Brescello all'alba.",
                                         "it");
    CHECK(surfacesOfType(annotation, EntityType::Person) == Names{"Zanforlin"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"Brescello"});
}
