// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("Cycling teams named after their sponsors are organisations", "[ner][recognizer][it]") {
    const auto stage = annotateText("Sul traguardo di Asiago il corridore della Lidl-Trek ha battuto in volata un "
                                    "uomo della Soudal Quick-Step, mentre la Visma-Lease a Bike ha perso la maglia.",
                                    "it");
    CHECK(surfacesOfType(stage, EntityType::Organization) ==
          Names{"Lidl-Trek", "Soudal Quick-Step", "Visma-Lease a Bike"});
    CHECK(surfacesOfType(stage, EntityType::Person).empty());
    const auto english = annotateText("Ineos Grenadiers and Bahrain Victorious rode at the front all day.", "en");
    CHECK(surfacesOfType(english, EntityType::Organization) == Names{"Ineos Grenadiers", "Bahrain Victorious"});
}
