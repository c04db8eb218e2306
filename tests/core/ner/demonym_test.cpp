// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include "ner/place_demonyms.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A place's name with a demonym's ending gives the place among its stems", "[ner][demonyms]") {
    const auto has = [](std::string_view word, const std::string& stem) {
        const auto stems = ner::demonymStems(word);
        return std::find(stems.begin(), stems.end(), stem) != stems.end();
    };
    CHECK(has("tasmanians", "tasmania"));
    CHECK(has("kentuckians", "kentucky"));
    CHECK(has("queenslanders", "queensland"));
    CHECK(has("texans", "texas"));
    CHECK(has("ohioans", "ohio"));
    CHECK(ner::demonymStems("ford").empty());
}

TEST_CASE("People named after their region or city are no entities", "[ner][recognizer][en]") {
    const auto voters = annotateText("Tasmanians and Queenslanders voted on Saturday, unlike most Albertans.", "en");
    CHECK(surfacesOfType(voters, EntityType::Person).empty());
    CHECK(surfacesOfType(voters, EntityType::Organization).empty());
    const auto fans = annotateText("Thousands of Kentuckians lined the streets of Louisville.", "en");
    CHECK(surfacesOfType(fans, EntityType::Person).empty());
    CHECK(surfacesOfType(fans, EntityType::Place) == Names{"Louisville"});
}

TEST_CASE("A first name or a surname with a demonym's ending stays a person", "[ner][recognizer][en]") {
    const auto people = annotateText("Coach Adrian told reporters that Morgan would start.", "en");
    CHECK(surfacesOfType(people, EntityType::Person) == Names{"Adrian", "Morgan"});
}

TEST_CASE("A regional bloc's community is an organisation", "[ner][recognizer][en]") {
    const auto bloc = annotateText("Leaders of the Andean Trade Community met in Lima on Friday.", "en");
    CHECK(surfacesOfType(bloc, EntityType::Organization) == Names{"Andean Trade Community"});
    CHECK(surfacesOfType(bloc, EntityType::Place) == Names{"Lima"});
}

TEST_CASE("An adjective of faith is a description, not a person", "[ner][recognizer][en]") {
    const auto faith = annotateText("Jewish and Muslim leaders met the mayor of Leeds on Sunday.", "en");
    CHECK(surfacesOfType(faith, EntityType::Person).empty());
    CHECK(surfacesOfType(faith, EntityType::Place) == Names{"Leeds"});
    const auto church = annotateText("The Catholic Church and the Muslim Brotherhood issued statements.", "en");
    CHECK(surfacesOfType(church, EntityType::Organization) == Names{"Catholic Church", "Muslim Brotherhood"});
}

TEST_CASE("A nationality or a faith inside an English name keeps the name whole in an Italian text",
          "[ner][recognizer][it]") {
    const auto paper = annotateText("Lo ha rivelato ieri la Jewish Weekly Chronicle, citando fonti anonime.", "it");
    CHECK(surfacesOfType(paper, EntityType::Organization) == Names{"Jewish Weekly Chronicle"});
    const auto council = annotateText("Ne ha parlato il portavoce della Independent Scottish Council.", "it");
    CHECK(surfacesOfType(council, EntityType::Organization) == Names{"Independent Scottish Council"});
}
