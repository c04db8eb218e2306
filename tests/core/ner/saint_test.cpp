// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A saint written with a lowercase title is a person, not the town", "[ner][recognizer][it]") {
    const auto annotation = annotateText("Il frate ha ricordato la povertà scelta da san Francesco. Il convegno si "
                                         "terrà a San Giovanni Rotondo.",
                                         "it");
    CHECK(surfacesOfType(annotation, EntityType::Person) == Names{"san Francesco"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"San Giovanni Rotondo"});
}

TEST_CASE("A feast or a dedication names the saint, a person", "[ner][recognizer][it]") {
    const auto annotation = annotateText("Il paese si prepara alla festa di San Giorgio, patrono della città. La "
                                         "cappella dedicata a San Rocco è stata restaurata.",
                                         "it");
    CHECK(surfacesOfType(annotation, EntityType::Person) == Names{"San Giorgio", "San Rocco"});
}

TEST_CASE("A town named after a saint stays a place after a patron", "[ner][recognizer][it]") {
    const auto annotation = annotateText("Il santo patrono di San Giovanni Rotondo è festeggiato oggi, e la festa di "
                                         "San Michele richiama migliaia di pellegrini.",
                                         "it");
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"San Giovanni Rotondo"});
    CHECK(surfacesOfType(annotation, EntityType::Person) == Names{"San Michele"});
}
