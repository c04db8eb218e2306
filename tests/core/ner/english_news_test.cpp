// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("An English organisation's name ends in its head word, through \"and\"", "[ner][recognizer][en]") {
    const auto annotation = annotateText(
        "Officers from Greater Manchester Police and the Kent Fire and Rescue Service searched the Harbour Road yard.",
        "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Greater Manchester Police", "Kent Fire and Rescue Service"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Harbour Road"});
}

TEST_CASE("A treaty or a body named with its head word last", "[ner][recognizer][en]") {
    const auto annotation = annotateText(
        "Delegates praised the Baltic Salmon Accords while the Federal Maritime Administration stayed silent.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Treaty) == std::vector<std::string>{"Baltic Salmon Accords"});
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Federal Maritime Administration"});
}

TEST_CASE("Greater before a known place is part of its name", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Flooding hit parts of Greater Manchester on Monday.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Greater Manchester"});
}

TEST_CASE("An ampersand joins the names of a firm", "[ner][recognizer][en]") {
    const auto annotation = annotateText("The bakery chain Dunmore & Keeling opened a shop in Leeds.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Dunmore & Keeling"});
}

TEST_CASE("Ordinary words before a country name a body there", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("The charity Age UK and the campaign group Reform Scotland both objected.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Age UK", "Reform Scotland"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
    // A country's side is a national team, which news names as the place.
    const auto national = annotateText("Brazil beat Argentina 2-0 in the final.", "en");
    CHECK(surfacesOfType(national, EntityType::Place) == std::vector<std::string>{"Brazil", "Argentina"});
}

TEST_CASE("English abbreviated titles are no part of a name", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Local MP Harriet Quayle met Det Insp Owen Marsh.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Harriet Quayle", "Owen Marsh"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("Party nicknames are organisations", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("In the council chamber the Conservatives sat opposite the Democrats from the city.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Conservatives", "Democrats"});
}

TEST_CASE("A town named as a side in a match is its club in every mention", "[ner][recognizer][en]") {
    const auto annotation = annotateText(
        "Leeds United beat Sheffield 3-1 on Saturday. Sheffield had not lost at home since March. Norwich drew with "
        "Southampton.",
        "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Leeds United", "Sheffield", "Sheffield", "Norwich", "Southampton"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
    // A country's side is a national team, which news names as the place.
    const auto national = annotateText("Brazil beat Argentina 2-0 in the final.", "en");
    CHECK(surfacesOfType(national, EntityType::Place) == std::vector<std::string>{"Brazil", "Argentina"});
}

TEST_CASE("A lone word repeating the end of a full name is a short form of it", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Dundee Rovers lost again on Saturday. Afterwards Rovers manager Colin Ladder "
                                         "said the players were tired. \"We were poor,\" Ladder told reporters.",
                                         "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Dundee Rovers", "Rovers"});
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Colin Ladder", "Ladder"});
    CHECK(test::entityWithMention(annotation, "Ladder") == test::entityWithMention(annotation, "Colin Ladder"));
}

TEST_CASE("A known name opening a sentence stays a name when the text capitalises it elsewhere",
          "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("Amazon shareholders met in Seattle. The vote went against the board of Amazon.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Amazon", "Amazon"});
}

TEST_CASE("In English a known body opening a sentence is the body", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Labour won the seat. Conservatives blamed the weather.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Labour", "Conservatives"});
}

TEST_CASE("An unknown name after \"in\" is a place even before a speech verb", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("Families in nearby Kettleby were told to stay indoors, officials in Harwood said.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Kettleby", "Harwood"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A place adjective and an unknown name make a place", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Fans gathered outside Old Brackley before kick-off.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Old Brackley"});
}

TEST_CASE("An English institution goes on through \"and\" after its head and \"of\"", "[ner][recognizer][en]") {
    const auto annotation = annotateText(
        "The Department of Health and Social Care met the Guild of Harbour Pilots and Boatmen on Friday.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Department of Health and Social Care", "Guild of Harbour Pilots and Boatmen"});
}

TEST_CASE("A nationality belongs to an English institution named with its head last", "[ner][recognizer][en]") {
    const auto annotation = annotateText(
        "The Confederation of Welsh Farmers and the Scottish Bakers Consortium both welcomed the plan.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Confederation of Welsh Farmers", "Scottish Bakers Consortium"});
}

TEST_CASE("A place's head word and \"of\" before a known place name one place", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("Cranes stood idle at the Port of Antwerp all week, US Attorney Nora Quill said.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Port of Antwerp", "US"});
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Nora Quill"});
}

TEST_CASE("A first name that is an ordinary word inside a name after a place is the word", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Workers at Glasgow Marine Services voted to strike.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Glasgow Marine Services"});
}

TEST_CASE("A word after an honorific is a person's name even when it is an ordinary word", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Reporters waited for Mrs Baker, and Dr. Fox arrived late.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Baker", "Fox"});
}

TEST_CASE("A name ending in County is a place, and its council an organisation", "[ner][recognizer][en]") {
    const auto annotation = annotateText(
        "Report\n\nDunmere County had argued that the chain ignored warning signs, and Dunmere County Council agreed.",
        "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Dunmere County"});
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Dunmere County Council"});
}

TEST_CASE("American regions are places and a forum is an organisation", "[ner][recognizer][en]") {
    const auto annotation = annotateText(
        "Report\n\nFarmers across the Midwest and New England joined the Tenant Farmers Forum in protest.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Midwest", "New England"});
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Tenant Farmers Forum"});
}
