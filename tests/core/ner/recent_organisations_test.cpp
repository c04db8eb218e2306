// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::entityWithMention;

TEST_CASE("A body founded in 2025 is a known organisation", "[ner][kb]") {
    const auto annotation = annotateText("Elon Musk ha lasciato la guida del Department of Government Efficiency. "
                                         "Il DOGE aveva tagliato migliaia di contratti.");
    const Entity* doge = entityWithMention(annotation, "Department of Government Efficiency");
    REQUIRE(doge != nullptr);
    CHECK(doge->id == "org:doge");
    CHECK(doge->type == EntityType::Organization);
    CHECK(entityWithMention(annotation, "DOGE") == doge);
    const Entity* musk = entityWithMention(annotation, "Elon Musk");
    REQUIRE(musk != nullptr);
    CHECK(musk->id == "person:elon-musk");
}

TEST_CASE("A seat named for the body inside it is that body", "[ner][kb]") {
    const auto annotation = annotateText("Holyrood will vote on the bill next week, and Stormont is expected to "
                                         "follow. Sinn Féin said it would back the plan.",
                                         "en");
    const Entity* holyrood = entityWithMention(annotation, "Holyrood");
    REQUIRE(holyrood != nullptr);
    CHECK(holyrood->id == "org:scottish-parliament");
    const Entity* stormont = entityWithMention(annotation, "Stormont");
    REQUIRE(stormont != nullptr);
    CHECK(stormont->type == EntityType::Organization);
    const Entity* party = entityWithMention(annotation, "Sinn Féin");
    REQUIRE(party != nullptr);
    CHECK(party->type == EntityType::Organization);
}
