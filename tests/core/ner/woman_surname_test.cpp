// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A word in -i after a feminine article names a woman by her surname", "[ner][person]") {
    const auto subject = annotateText("Ieri la Brambinetti ha lasciato l'aula senza rispondere ai cronisti.");
    CHECK(surfacesOfType(subject, EntityType::Person) == std::vector<std::string>{"Brambinetti"});
    CHECK(surfacesOfType(subject, EntityType::Organization).empty());
    const auto object = annotateText("Il giudice ha sentito prima la Galimbertini e poi il marito della Sozzanelli.");
    CHECK(surfacesOfType(object, EntityType::Person) == std::vector<std::string>{"Galimbertini", "Sozzanelli"});
    CHECK(surfacesOfType(object, EntityType::Organization).empty());
}

TEST_CASE("A listed surname that is also a masculine plural names a woman after a feminine article", "[ner][person]") {
    const auto annotation = annotateText("Il ricorso della Cherubini è stato respinto dal tribunale.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Cherubini"});
}

TEST_CASE("A feminine article before a word in -a or after a title still says a body", "[ner][organisation]") {
    const auto company = annotateText("I traghetti della Trasmarvela partono ogni ora.");
    CHECK(surfacesOfType(company, EntityType::Person).empty());
    const auto union_ = annotateText("Lo ha detto il segretario generale della Fimalti in una nota.");
    CHECK(surfacesOfType(union_, EntityType::Person).empty());
    const auto plural = annotateText("Il bilancio della Servizi è in rosso.");
    CHECK(surfacesOfType(plural, EntityType::Person).empty());
}
