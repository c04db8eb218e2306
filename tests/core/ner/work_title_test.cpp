// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A title after a word for a work is no organisation", "[ner][works]") {
    const auto film = annotateText(
        "Ha scritto la sceneggiatura del film Guardia del Faro e la canzone «Colpo di Vento» per la Warner.");
    CHECK(surfacesOfType(film, EntityType::Organization) == Names{"Warner"});
    const auto series = annotateText("La Rai manderà in onda la serie Compagnia del Mare, prodotta con Mediaset.");
    CHECK(surfacesOfType(series, EntityType::Organization) == Names{"Rai", "Mediaset"});
    const auto documentary = annotateText("Il regista presenterà a Venezia il documentario Figli della Laguna.");
    CHECK(surfacesOfType(documentary, EntityType::Organization).empty());
    CHECK(surfacesOfType(documentary, EntityType::Place) == Names{"Venezia"});
}
