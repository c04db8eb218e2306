// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("What a study is published in is a journal, even when it is an ordinary word", "[ner][publication]") {
    const auto annotation = annotateText("I risultati, pubblicati su Science, confermano l'ipotesi del gruppo di "
                                         "Padova; un secondo lavoro è stato pubblicato su Nature la settimana scorsa.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Science", "Nature"});
    const auto english =
        annotateText("The trial, published in the Lancet on Friday, follows a smaller study published in Nature "
                     "Medicine.",
                     "en");
    CHECK(surfacesOfType(english, EntityType::Organization) == std::vector<std::string>{"Lancet", "Nature Medicine"});
}

TEST_CASE("A place, a month or a language after 'published in' stays what it is", "[ner][publication]") {
    const auto annotation =
        annotateText("The memoir was published in Paris in March, and later published in English.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Paris"});
}
