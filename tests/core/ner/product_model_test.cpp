// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A maker's name before a model's number is a product, not the company", "[ner][recognizer][it]") {
    const auto plane = annotateText("Un Boeing 737 della Ryanair è atterrato a Pisa per un guasto.", "it");
    CHECK(surfacesOfType(plane, EntityType::Organization) == Names{"Ryanair"});
    CHECK(surfacesOfType(plane, EntityType::Place) == Names{"Pisa"});
    const auto car = annotateText("I ladri sono fuggiti a bordo di una Fiat 500 bianca verso Latina.", "it");
    CHECK(surfacesOfType(car, EntityType::Organization).empty());
}

TEST_CASE("A maker's name before a model's number is a product in English too", "[ner][recognizer][en]") {
    const auto plane = annotateText("A Boeing 787 operated by Lufthansa was diverted to Munich on Sunday.", "en");
    CHECK(surfacesOfType(plane, EntityType::Organization) == Names{"Lufthansa"});
    const auto jet = annotateText("The airline grounded its last Embraer 190 in Toulouse.", "en");
    CHECK(surfacesOfType(jet, EntityType::Organization).empty());
}

TEST_CASE("A year, an amount or a channel's number after a company leaves it a company", "[ner][recognizer]") {
    const auto amount = annotateText("Il gruppo ha venduto a Eni 300 milioni di metri cubi di gas.", "it");
    CHECK(surfacesOfType(amount, EntityType::Organization) == Names{"Eni"});
    const auto channel = annotateText("L'intervista andrà in onda stasera su Rai 3 alle nove.", "it");
    CHECK(surfacesOfType(channel, EntityType::Organization) == Names{"Rai 3"});
    const auto english = annotateText("Shares in Boeing fell after Airbus said it would deliver 720 jets.", "en");
    CHECK(surfacesOfType(english, EntityType::Organization) == Names{"Boeing", "Airbus"});
}
