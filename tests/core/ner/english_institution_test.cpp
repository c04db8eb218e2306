// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A state before a department named with of is part of its name", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("The Ohio Department of Natural Resources closed the trail after the storm on Monday.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Ohio Department of Natural Resources"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("A country's abbreviation before an agency is part of its name", "[ner][recognizer][en]") {
    const auto annotation = annotateText("A report by the U.S. Department of Energy found the reactor safe, and the "
                                         "U.S. Geological Survey found no fault under it.",
                                         "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          Names{"U.S. Department of Energy", "U.S. Geological Survey"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("A nationality before an institute named with of is part of its name", "[ner][recognizer][en]") {
    const auto annotation = annotateText("She studied physics at the Indian Institute of Science for six years.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Indian Institute of Science"});
}

TEST_CASE("A possessive opening a college's name is part of it", "[ner][recognizer][en]") {
    const auto annotation = annotateText("The new library of Queen's University Belfast opened in the spring.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Queen's University Belfast"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A chamber of commerce and industry is one organisation", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("The Bengal Chamber of Commerce and Industry said the new port tax was overdue.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Bengal Chamber of Commerce and Industry"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("An ordinary word opening the sentence stays out of an institution's name", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Members of the Chamber of Commerce met the mayor on Tuesday.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Chamber of Commerce"});
}

TEST_CASE("And parts two whole names of institutions or companies", "[ner][recognizer][en]") {
    const auto universities = annotateText(
        "Geologists from the University of Oregon and Oregon State University mapped the fault line.", "en");
    CHECK(surfacesOfType(universities, EntityType::Organization) ==
          Names{"University of Oregon", "Oregon State University"});
    const auto companies = annotateText(
        "The supply deal between Intel and Taiwan Semiconductor Manufacturing Co. was signed in June.", "en");
    CHECK(surfacesOfType(companies, EntityType::Organization) ==
          Names{"Intel", "Taiwan Semiconductor Manufacturing Co."});
}

TEST_CASE("And inside one institution's name does not part it", "[ner][recognizer][en]") {
    const auto annotation = annotateText("The Department of Health and Human Services and the Fire and Rescue Service "
                                         "both sent staff to the scene.",
                                         "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          Names{"Department of Health and Human Services", "Fire and Rescue Service"});
}

TEST_CASE("An article after 'and' opens another institution's name", "[ner][recognizer][en]") {
    const auto study =
        annotateText("Scientists at the University of Leeds and the Rowett Institute ran the trial.", "en");
    CHECK(surfacesOfType(study, EntityType::Organization) ==
          std::vector<std::string>{"University of Leeds", "Rowett Institute"});
}

TEST_CASE("Two names known in full stay two across 'and'", "[ner][recognizer][en]") {
    const auto lenders = annotateText("Officials of the IMF and World Bank visited Accra on Monday.", "en");
    CHECK(surfacesOfType(lenders, EntityType::Organization) == std::vector<std::string>{"IMF", "World Bank"});
    const auto banks = annotateText("Analysts at Goldman Sachs and Morgan Stanley cut their forecasts.", "en");
    CHECK(surfacesOfType(banks, EntityType::Organization) ==
          std::vector<std::string>{"Goldman Sachs", "Morgan Stanley"});
}

TEST_CASE("A company's 'Limited' closes its name before 'and'", "[ner][recognizer][en]") {
    const auto deal = annotateText("Northgate Cables Limited and Harrow Steel Plc signed the deal.", "en");
    CHECK(surfacesOfType(deal, EntityType::Organization) ==
          std::vector<std::string>{"Northgate Cables Limited", "Harrow Steel Plc"});
}

TEST_CASE("The Treasury alone is the finance ministry of the story", "[ner][recognizer][en]") {
    const auto budget = annotateText("The Treasury confirmed on Monday that the budget would be delayed.", "en");
    CHECK(surfacesOfType(budget, EntityType::Organization) == std::vector<std::string>{"Treasury"});
    CHECK(surfacesOfType(budget, EntityType::Person).empty());
}
