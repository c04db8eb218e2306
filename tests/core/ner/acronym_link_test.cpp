// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::entityWithMention;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("Capitals spelling an organisation named in full link to it", "[ner][linking]") {
    const auto annotation = annotateText("The Harbour Pilots Association warned of delays on Monday. Members of the "
                                         "HPA voted to strike, and the HPA said talks had failed.",
                                         "en");
    const Entity* full = entityWithMention(annotation, "Harbour Pilots Association");
    REQUIRE(full != nullptr);
    CHECK(entityWithMention(annotation, "HPA") == full);
    CHECK(full->mentions.size() == 3);
    CHECK(full->name == "Harbour Pilots Association");
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("An acronym spelling lowercase words of an Italian name links to it", "[ner][linking]") {
    // "arpa" is also an ordinary word (a harp): the capitals are the agency only because the text names it in full.
    const auto annotation = annotateText("L'Agenzia regionale per la protezione ambientale ha pubblicato i dati. "
                                         "Secondo l'ARPA la qualità dell'aria è migliorata.");
    const Entity* full = entityWithMention(annotation, "Agenzia regionale per la protezione ambientale");
    REQUIRE(full != nullptr);
    CHECK(entityWithMention(annotation, "ARPA") == full);
}

TEST_CASE("Capitals that spell two organisations link to neither", "[ner][linking]") {
    const auto annotation = annotateText("The Coastal Research Council and the Civil Rights Commission met. "
                                         "A CRC spokesman declined to comment.",
                                         "en");
    const Entity* acronym = entityWithMention(annotation, "CRC");
    REQUIRE(acronym != nullptr);
    CHECK(acronym != entityWithMention(annotation, "Coastal Research Council"));
    CHECK(acronym != entityWithMention(annotation, "Civil Rights Commission"));
}
