// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A political family's plural after a plural article names a party", "[ner][recognizer]") {
    const auto english = annotateText("In Tasmania the Greens and the Nationals gained seats on Saturday.", "en");
    CHECK(surfacesOfType(english, EntityType::Organization) == Names{"Greens", "Nationals"});
    CHECK(surfacesOfType(english, EntityType::Place) == Names{"Tasmania"});
    const auto italian = annotateText("A Bolzano i Verdi hanno superato i Popolari per la prima volta.", "it");
    CHECK(surfacesOfType(italian, EntityType::Organization) == Names{"Verdi", "Popolari"});
    CHECK(surfacesOfType(italian, EntityType::Place) == Names{"Bolzano"});
}

TEST_CASE("The same plural lowercase or without its article names no party", "[ner][recognizer]") {
    const auto greens = annotateText("Chefs in Hobart serve the greens with lemon and salt.", "en");
    CHECK(surfacesOfType(greens, EntityType::Organization).empty());
    const auto composer = annotateText("A Busseto la banda ha suonato Verdi per tutta la sera.", "it");
    CHECK(surfacesOfType(composer, EntityType::Organization).empty());
    const auto meadows = annotateText("Sopra Cortina i verdi pascoli sono pieni di mucche.", "it");
    CHECK(surfacesOfType(meadows, EntityType::Organization).empty());
}

TEST_CASE("An electoral or local division names the place after 'of'", "[ner][recognizer][en]") {
    const auto seat = annotateText("The minister held the seat of Wannon by a few hundred votes.", "en");
    CHECK(surfacesOfType(seat, EntityType::Place) == Names{"Wannon"});
    CHECK(surfacesOfType(seat, EntityType::Person).empty());
    const auto riding = annotateText("The party lost the riding of Pinewood North to an independent.", "en");
    CHECK(surfacesOfType(riding, EntityType::Place) == Names{"Pinewood North"});
}

TEST_CASE("A title after a company's noun names the holder, not the company", "[ner][recognizer][en]") {
    const auto governor = annotateText("The central bank governor Amara Okonkwo said rates would hold.", "en");
    CHECK(surfacesOfType(governor, EntityType::Person) == Names{"Amara Okonkwo"});
    CHECK(surfacesOfType(governor, EntityType::Organization).empty());
    const auto chairman = annotateText("The company chairman Peter Lindqvist resigned on Monday.", "en");
    CHECK(surfacesOfType(chairman, EntityType::Person) == Names{"Peter Lindqvist"});
    const auto carmaker = annotateText("The carmaker Veltro Motors said sales rose.", "en");
    CHECK(surfacesOfType(carmaker, EntityType::Organization) == Names{"Veltro Motors"});
}

TEST_CASE("'Justice' before a judge's name is a title, outside the span", "[ner][recognizer][en]") {
    const auto justice = annotateText("Justice Miriam Cole wrote for the majority, joined by two others.", "en");
    CHECK(surfacesOfType(justice, EntityType::Person) == Names{"Miriam Cole"});
    const auto court = annotateText("The International Court of Justice and the Justice Department agreed.", "en");
    CHECK(surfacesOfType(court, EntityType::Organization) ==
          Names{"International Court of Justice", "Justice Department"});
}
