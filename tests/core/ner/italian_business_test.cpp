// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace annalist::core;
using test::annotateText;
using test::entityWithMention;
using test::surfacesOfType;

namespace {

bool hasSurface(const std::vector<std::string>& surfaces, std::string_view surface) {
    return std::find(surfaces.begin(), surfaces.end(), surface) != surfaces.end();
}

} // namespace

TEST_CASE("A bank's head word opens one organisation with the given names after it", "[ner][business]") {
    const auto annotation = annotateText("Ieri la Cassa Rurale Giuseppe Toniolo ha chiuso in utile, e il Credito "
                                         "Emiliano Romagnolo ha alzato il dividendo.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Cassa Rurale Giuseppe Toniolo", "Credito Emiliano Romagnolo"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A name after a lowercase business noun is a firm", "[ner][business]") {
    const auto annotation =
        annotateText("Le forniture arrivano dal caseificio Di Stefano e dalla cantina Lorenzo Ferri, mentre lo "
                     "studio legale Bassi Moretti segue la causa.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Di Stefano", "Lorenzo Ferri", "Bassi Moretti"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A publisher after its cue is a firm, not the person the surname links to", "[ner][business]") {
    const auto annotation =
        annotateText("Il saggio, edito da Einaudi, è stato ristampato dalla casa editrice Laterza.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Einaudi", "Laterza"});
    const Entity* house = entityWithMention(annotation, "Einaudi");
    REQUIRE(house != nullptr);
    CHECK(house->name == "Einaudi");
    const auto founder = annotateText("Il primo volume lo pubblicò l'editore Giulio Einaudi.");
    CHECK(surfacesOfType(founder, EntityType::Person) == std::vector<std::string>{"Giulio Einaudi"});
}

TEST_CASE("A newspaper after a source cue keeps its capitalised article", "[ner][business]") {
    const auto annotation = annotateText("Lo scrive Il Tirreno, mentre secondo La Stampa la trattativa è chiusa.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Il Tirreno", "La Stampa"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
    const auto surname = annotateText("Ha detto La Russa che il governo regge.");
    CHECK_FALSE(hasSurface(surfacesOfType(surname, EntityType::Organization), "La Russa"));
}

TEST_CASE("A company's channel or division word belongs to its name", "[ner][business]") {
    const auto annotation = annotateText("Il documentario è prodotto da Rai Cinema e andrà in onda su Sky Sport.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Rai Cinema", "Sky Sport"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("The name after a town's office is the town", "[ner][business]") {
    const auto annotation = annotateText("Ha parlato il sindaco di Roccaverde Calabra.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Roccaverde Calabra"});
}

TEST_CASE("The regional administrative court is an office apart from its region", "[ner][business]") {
    const auto annotation = annotateText("Il Tar del Lazio ha respinto il ricorso. Il Tar aveva già sospeso la gara.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Tar", "Tar"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Lazio"});
}

TEST_CASE("A company's board is no institution of the story", "[ner][business]") {
    const auto annotation = annotateText("Il consiglio di amministrazione della società si è riunito ieri. Il "
                                         "consiglio ha approvato il bilancio.");
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("Lowercase words of a ministry's portfolio and of a longer name stay inside it", "[ner][business]") {
    const auto ministry = annotateText("Il tavolo si è tenuto al ministero dello Sviluppo economico.");
    CHECK(surfacesOfType(ministry, EntityType::Organization) ==
          std::vector<std::string>{"ministero dello Sviluppo economico"});
    const auto council = annotateText("Il Consiglio superiore della magistratura ha aperto una pratica.");
    CHECK(surfacesOfType(council, EntityType::Organization) ==
          std::vector<std::string>{"Consiglio superiore della magistratura"});
}

TEST_CASE("An Italian town keeps the district adjective after its name", "[ner][business]") {
    const auto qualified = annotateText("Il mercato di Lonato Bresciano apre alle otto, quello di Agnone Cilentano "
                                        "alle nove.");
    CHECK(surfacesOfType(qualified, EntityType::Place) ==
          std::vector<std::string>{"Lonato Bresciano", "Agnone Cilentano"});
    CHECK(surfacesOfType(qualified, EntityType::Organization).empty());
}

TEST_CASE("A newspaper opening a sentence is named without its article", "[ner][recognizer][it]") {
    const auto paper = annotateText("Il Giornale ha titolato in prima pagina sulla manovra economica.", "it");
    CHECK(surfacesOfType(paper, EntityType::Organization) == std::vector<std::string>{"Giornale"});
    const auto local = annotateText("Il Gazzettino di Treviso dedica due pagine al derby di domenica.", "it");
    CHECK(surfacesOfType(local, EntityType::Organization) == std::vector<std::string>{"Gazzettino di Treviso"});
    CHECK(surfacesOfType(local, EntityType::Place).empty());
    CHECK(surfacesOfType(local, EntityType::Person).empty());
}
