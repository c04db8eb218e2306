// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A capitalised ordinary word between two listed companies is a company", "[ner][recognizer][en]") {
    // "Orchard" is an ordinary English word; Microsoft and Amazon are known companies.
    const auto annotation = annotateText("Demand from Microsoft, Orchard and Amazon stayed strong all year.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Microsoft", "Orchard", "Amazon"});
}

TEST_CASE("A list gap needs known names of one kind on both sides", "[ner][recognizer][en]") {
    // A company and a country disagree: the word between them stays out.
    const auto annotation = annotateText("Officials from Microsoft, Orchard and France met on Monday.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Microsoft"});
}
