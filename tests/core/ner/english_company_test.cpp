// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A company named in full is named again by its first word", "[ner][recognizer][en]") {
    const auto annotation = annotateText(
        "Shares of Corvane Technologies rose after the deal. Corvane said profits doubled, and analysts expect "
        "Corvane to grow.",
        "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Corvane Technologies", "Corvane", "Corvane"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A club named in full is named again by its town, which stays a place after in", "[ner][recognizer][en]") {
    const auto annotation = annotateText(
        "Leicester Tigers lost at home on Friday. Leicester have now lost four games, and fans in Leicester are "
        "angry.",
        "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Leicester Tigers", "Leicester"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Leicester"});
}

TEST_CASE("A town with a plural verb is its club", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("Gloucester remain second in the table, and the club shop in Gloucester sold out. Gloucester host "
                     "Northampton Saints next.",
                     "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Gloucester", "Gloucester", "Northampton Saints"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Gloucester"});
}

TEST_CASE("A town coordinated with another keeps being a place before a plural verb", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("Fire crews from Bolton and Stockport have been at the scene since Monday.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
    CHECK(surfacesOfType(annotation, EntityType::Place).back() == "Stockport");
}

TEST_CASE("A brand with a capital inside is an organisation", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("Analysts said VMware was cheap, and a rival bid for VMware is unlikely.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"VMware", "VMware"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A title word opening a company's name ending in Co is part of it", "[ner][recognizer][en]") {
    const auto annotation = annotateText("General Motors Co said it would cut 2,000 jobs in Ohio.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"General Motors Co"});
}

TEST_CASE("A broadcaster's local station takes in the medium and the town", "[ner][recognizer][en]") {
    const auto annotation = annotateText("She told BBC Radio Leeds that the plan was fair.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"BBC Radio Leeds"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("Rugby clubs and a football club's nickname are organisations", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("Saracens beat Harlequins at the weekend, while Wolves sacked their manager.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Saracens", "Harlequins", "Wolves"});
}

TEST_CASE("A club named after a city that is also its own county is named again by the city", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("Bristol Bears drew 20-20 on Saturday. Bristol coach Nadia Fellowes praised her forwards.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Bristol Bears", "Bristol"});
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Nadia Fellowes"});
}

TEST_CASE("A hyphenated title is no person", "[ner][recognizer][en]") {
    const auto annotation = annotateText("The UN Secretary-General Antonio Guterres urged restraint.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Antonio Guterres"});
}

TEST_CASE("What rises or falls by a number in a market report is a company", "[ner][recognizer][en]") {
    const auto annotation = annotateText(
        "Markets\n\nDellacroix gained 3% in Milan and Korvath fell 2.1 percent. Rhys Penhallow added 12 points for "
        "the visitors.",
        "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Dellacroix", "Korvath"});
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Rhys Penhallow"});
}
