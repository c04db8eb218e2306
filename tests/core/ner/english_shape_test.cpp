// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::entityWithMention;
using test::surfacesOfType;

using Names = std::vector<std::string>;

namespace {

std::size_t entityCount(const Annotation& annotation) {
    return annotation.entities.size();
}

} // namespace

TEST_CASE("Abbreviated months of wire dates are no names", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("The ferry service resumes on Sept. 9, and the new timetable starts Nov. 2 in Oban.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"Oban"});
    CHECK(entityCount(annotation) == 1);
}

TEST_CASE("A full name stops before a connector that opens another title", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("Priyanka Deshmane of The Harbour Ledger asked about the budget on Monday.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Person) == Names{"Priyanka Deshmane"});
    const auto italian = annotateText("Ne ha parlato Marta Colombo della Gazzetta di Lecco in un'intervista.", "it");
    CHECK(surfacesOfType(italian, EntityType::Person) == Names{"Marta Colombo"});
    // One word before "of" may still open a longer name.
    const auto bank = annotateText("The Bank of England kept its rate on hold.", "en");
    CHECK(surfacesOfType(bank, EntityType::Organization) == Names{"Bank of England"});
}

TEST_CASE("A capitalised word made an adjective by a hyphen names nothing", "[ner][recognizer][en]") {
    const auto annotation = annotateText(
        "The Democrat-led Senate rejected the plan, and a Glasgow-based charity said Kremlin-backed groups "
        "were behind the campaign.",
        "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Senate"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
    const auto places = annotateText("The Paris-Berlin night train returns in spring.", "en");
    CHECK(surfacesOfType(places, EntityType::Place) == Names{"Paris-Berlin"});
}

TEST_CASE("One capital letter hyphened to a word is a brand", "[ner][recognizer][en]") {
    const auto annotation = annotateText("The handset goes on sale through K-Mobile and E-Trade next month.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"K-Mobile", "E-Trade"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("A given name that is a town opens a person before a known surname", "[ner][recognizer][en]") {
    // "Victoria" is a city and a given name; "Renzi" is the surname of a known politician.
    const auto annotation =
        annotateText("Victoria Renzi, who runs the bakery, said trade was slow. The store in Victoria closed.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Person) == Names{"Victoria Renzi"});
    const Entity* person = entityWithMention(annotation, "Victoria Renzi");
    REQUIRE(person != nullptr);
    CHECK(person->id != "person:matteo-renzi");
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"Victoria"});
}

TEST_CASE("Small landforms are places, without an ordinary word before 'of'", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("Residents of Tallow Creek were told to leave as smoke reached Pinecrest Springs.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"Tallow Creek", "Pinecrest Springs"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("A government named by its nation's adjective is one organisation", "[ner][recognizer][en]") {
    const auto annotation = annotateText("A spokesman for the Welsh Government said the grant would be paid.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Welsh Government"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A head word, 'of' and a place make one English organisation", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("The Dairy Council of Canada and the Savings Bank of Norway both objected.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          Names{"Dairy Council of Canada", "Savings Bank of Norway"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("Two firms named in full on either side of 'and' stay apart", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("Bankers at Hallward Pryce and Northgate Bank advised the Fire and Rescue Service.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          Names{"Hallward Pryce", "Northgate Bank", "Fire and Rescue Service"});
}

TEST_CASE("A company's legal form closes its name", "[ner][recognizer]") {
    const auto annotation = annotateText("L'appalto è andato alla Morandin Impianti Srl di Castelfranco Veneto.");
    const auto organisations = surfacesOfType(annotation, EntityType::Organization);
    REQUIRE_FALSE(organisations.empty());
    CHECK(organisations.front() == "Morandin Impianti Srl");
}

TEST_CASE("A dateline names the town, not the club named after it", "[ner][recognizer][en]") {
    const auto annotation =
        annotateText("LEEDS, England — Leeds United beat Sunderland 2-0 at Elland Road on Saturday.", "en");
    const Entity* town = entityWithMention(annotation, "LEEDS");
    REQUIRE(town != nullptr);
    CHECK(town->type == EntityType::Place);
    CHECK(town != entityWithMention(annotation, "Leeds United"));
}

TEST_CASE("A storm or a ship named after a town is no place", "[ner][recognizer]") {
    const auto english = annotateText("Hurricane Preston made landfall south of Tampa on Wednesday.", "en");
    CHECK(surfacesOfType(english, EntityType::Place) == Names{"Tampa"});
    const auto italian = annotateText("L'uragano Preston ha toccato terra a sud di Tampa.");
    CHECK(surfacesOfType(italian, EntityType::Place) == Names{"Tampa"});
}

TEST_CASE("Two airlines named in full on either side of 'and' stay apart", "[ner][recognizer][en]") {
    const auto annotation = annotateText("Flights run by Baltic Airways and Coral Airlines were cancelled.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Baltic Airways", "Coral Airlines"});
}
