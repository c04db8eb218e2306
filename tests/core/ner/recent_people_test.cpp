// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::entityWithMention;

TEST_CASE("A minister who took office in 2025 is linked by full name and by surname", "[ner][linking][kb]") {
    const auto annotation = annotateText("Il segretario di Stato Marco Rubio ha incontrato a Roma i giornalisti. "
                                         "Rubio ha detto che i negoziati riprenderanno a gennaio.");
    const Entity* rubio = entityWithMention(annotation, "Marco Rubio");
    REQUIRE(rubio != nullptr);
    CHECK(rubio->id == "person:marco-rubio");
    CHECK(rubio->type == EntityType::Person);
    CHECK(rubio->description.find("Secretary of State") != std::string::npos);
    CHECK(entityWithMention(annotation, "Rubio") == rubio);
}

TEST_CASE("New heads of government are known in English news", "[ner][linking][kb]") {
    const auto annotation = annotateText("Mark Carney flew to Berlin on Tuesday to meet Friedrich Merz. "
                                         "Carney and Merz spoke about trade.",
                                         "en");
    const Entity* carney = entityWithMention(annotation, "Mark Carney");
    const Entity* merz = entityWithMention(annotation, "Friedrich Merz");
    REQUIRE(carney != nullptr);
    REQUIRE(merz != nullptr);
    CHECK(carney->id == "person:mark-carney");
    CHECK(merz->id == "person:friedrich-merz");
    CHECK(entityWithMention(annotation, "Carney") == carney);
    CHECK(entityWithMention(annotation, "Merz") == merz);
}

TEST_CASE("The pope elected in 2025 is linked by his Italian regnal name", "[ner][linking][kb]") {
    const auto annotation = annotateText("Ieri Leone XIV ha ricevuto in udienza una delegazione ucraina. "
                                         "Robert Prevost era stato vescovo in Perù.");
    const Entity* pope = entityWithMention(annotation, "Leone XIV");
    REQUIRE(pope != nullptr);
    CHECK(pope->id == "person:pope-leo-xiv");
    CHECK(entityWithMention(annotation, "Robert Prevost") == pope);
}
