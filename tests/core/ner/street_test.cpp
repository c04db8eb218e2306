// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A street whose name opens with a connector or a date is one place", "[ner][recognizer][it]") {
    const auto annotation = annotateText("Il presidio si è spostato da via delle Rose a viale dei Caduti Partigiani, "
                                         "poi in via IV Novembre e in piazza 2 Giugno.",
                                         "it");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          Names{"via delle Rose", "viale dei Caduti Partigiani", "via IV Novembre", "piazza 2 Giugno"});
    // Offshore, during and a town's own square are no street names.
    const auto other = annotateText("Il peschereccio è affondato al largo di Pantelleria. Nel corso di Natale la "
                                    "piazza principale della Valletta si riempie.",
                                    "it");
    CHECK(surfacesOfType(other, EntityType::Place) == Names{"Pantelleria", "Valletta"});
}
