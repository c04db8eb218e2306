// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("Business and political cues make an unknown name an organisation", "[ner][recognizer][en]") {
    const auto unit = annotateText("The land was sold last year to a unit of Corvanta.", "en");
    CHECK(surfacesOfType(unit, EntityType::Organization) == Names{"Corvanta"});
    CHECK(surfacesOfType(unit, EntityType::Person).empty());
    const auto examples =
        annotateText("Housing developers such as Brenwick and Tallacre have objected to the plan.", "en");
    CHECK(surfacesOfType(examples, EntityType::Organization) == Names{"Brenwick", "Tallacre"});
    CHECK(surfacesOfType(examples, EntityType::Person).empty());
    const auto coalition = annotateText("Members of the opposition Suara Rakyat coalition left the hall.", "en");
    CHECK(surfacesOfType(coalition, EntityType::Organization) == Names{"Suara Rakyat"});
    CHECK(surfacesOfType(coalition, EntityType::Person).empty());
}

TEST_CASE("A person named in full keeps a bloc named after them a person", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Officials said the Maria Okonedo alliance had lost its majority.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Person) == Names{"Maria Okonedo"});
}

TEST_CASE("Movement and area cues make an unknown name a place", "[ner][recognizer][en]") {
    const auto around = annotateText("Floods cut the roads around Penvarra overnight.", "en");
    CHECK(surfacesOfType(around, EntityType::Place) == Names{"Penvarra"});
    const auto villages = annotateText("Aid reached the villages of Dunvoe and Kelsary on Friday.", "en");
    CHECK(surfacesOfType(villages, EntityType::Place) == Names{"Dunvoe", "Kelsary"});
    CHECK(surfacesOfType(villages, EntityType::Person).empty());
    const auto home = annotateText("The wounded soldier was flown home to Tarvolo last week.", "en");
    CHECK(surfacesOfType(home, EntityType::Place) == Names{"Tarvolo"});
    CHECK(surfacesOfType(home, EntityType::Organization).empty());
    const auto district = annotateText("Rain fell heavily across the Kinlossie district.", "en");
    CHECK(surfacesOfType(district, EntityType::Place) == Names{"Kinlossie"});
}

TEST_CASE("An unknown word ending like an English town is a town unless a person speaks", "[ner][recognizer][en]") {
    const auto town = annotateText("Snow cut off Pellingford and two other villages.", "en");
    CHECK(surfacesOfType(town, EntityType::Place) == Names{"Pellingford"});
    CHECK(surfacesOfType(town, EntityType::Person).empty());
    const auto speaker = annotateText("The lawyer Pellingford said he would appeal the ruling.", "en");
    CHECK(surfacesOfType(speaker, EntityType::Person) == Names{"Pellingford"});
}

TEST_CASE("Malay place words open a place's name", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Villagers from Sungai Rambai moved to higher ground.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"Sungai Rambai"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("An English body's name goes on after its head and 'of'", "[ner][recognizer][en]") {
    const auto college = annotateText("The Royal College of Emergency Medicine said waiting times were rising.", "en");
    CHECK(surfacesOfType(college, EntityType::Organization) == Names{"Royal College of Emergency Medicine"});
    CHECK(surfacesOfType(college, EntityType::Person).empty());
    const auto paper = annotateText("A reporter for The Times of London asked the first question.", "en");
    CHECK(surfacesOfType(paper, EntityType::Place) == Names{"London"});
}

TEST_CASE("A body's acronym before a nation names its branch there", "[ner][recognizer][en]") {
    const auto annotation = annotateText("NHS Wales published the figures on Thursday.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"NHS Wales"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("A body named after two places joined by 'and' is one organisation", "[ner][recognizer][en]") {
    const auto board =
        annotateText("The Staffordshire and Stoke-on-Trent Integrated Care Board approved the plan.", "en");
    CHECK(surfacesOfType(board, EntityType::Organization) ==
          Names{"Staffordshire and Stoke-on-Trent Integrated Care Board"});
    CHECK(surfacesOfType(board, EntityType::Place).empty());
    const auto apart = annotateText("She grew up in Kent and Oxford University offered her a place.", "en");
    CHECK(surfacesOfType(apart, EntityType::Place) == Names{"Kent"});
    CHECK(surfacesOfType(apart, EntityType::Organization) == Names{"Oxford University"});
}

TEST_CASE("A county before a player's role or a side's deed is its club", "[ner][recognizer][en]") {
    const auto keeper = annotateText("The Surrey wicketkeeper made 84 before lunch.", "en");
    CHECK(surfacesOfType(keeper, EntityType::Organization) == Names{"Surrey"});
    CHECK(surfacesOfType(keeper, EntityType::Place).empty());
    const auto captain = annotateText("The Kent captain declared on 410 for six.", "en");
    CHECK(surfacesOfType(captain, EntityType::Organization) == Names{"Kent"});
    const auto weather = annotateText("Heavy rain fell across Surrey on Monday.", "en");
    CHECK(surfacesOfType(weather, EntityType::Place) == Names{"Surrey"});
}

TEST_CASE("A possessive before a capitalised head word is inside the name", "[ner][recognizer][en]") {
    const auto fund = annotateText("A report by the King's Fund found that waiting times had risen.", "en");
    CHECK(surfacesOfType(fund, EntityType::Organization) == Names{"King's Fund"});
    const auto hospital = annotateText("Patients at St Thomas' Hospital were moved overnight.", "en");
    CHECK(surfacesOfType(hospital, EntityType::Organization) == Names{"St Thomas' Hospital"});
    CHECK(surfacesOfType(hospital, EntityType::Place).empty());
    const auto owner = annotateText("Officials said Maria Okonedo's Foundation would close.", "en");
    CHECK(surfacesOfType(owner, EntityType::Person) == Names{"Maria Okonedo"});
}
