// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::entityWithMention;
using test::surfacesOfType;

TEST_CASE("Titles and nationalities are cut from the names they precede", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("US President Joe Biden met Swedish Prime Minister Ulf Kristersson in July.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Joe Biden", "Ulf Kristersson"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"US"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("A possessive is not part of the name", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Ukraine's army and Germany\u2019s government disagreed.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Ukraine", "Germany"});
}

TEST_CASE("An initial keeps a person's name together", "[ner][recognizer][en]") {
    const auto annotation = annotateText("The decision of George W. Bush surprised Congress.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"George W. Bush"});
}

TEST_CASE("A known person's surname alone is that person", "[ner][recognizer][linking]") {
    const auto annotation = annotateText("Ieri Berlusconi ha parlato a lungo con i giornalisti.");
    const Entity* person = entityWithMention(annotation, "Berlusconi");
    REQUIRE(person != nullptr);
    CHECK(person->type == EntityType::Person);
    CHECK(person->id == "person:silvio-berlusconi");
}

TEST_CASE("The document's own full name wins over the knowledge base for a lone surname",
          "[ner][recognizer][linking]") {
    const auto annotation = annotateText("Ieri Marco Rossi ha parlato. Rossi ha poi lasciato la sala.");
    const Entity* full = entityWithMention(annotation, "Marco Rossi");
    REQUIRE(full != nullptr);
    CHECK(entityWithMention(annotation, "Rossi") == full);
}

TEST_CASE("A place followed by other capitalised words names an organisation, a direction keeps a place",
          "[ner][recognizer]") {
    const auto annotation = annotateText("Il New York Post ha scritto della Germania Est.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"New York Post"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Germania Est"});
}
