// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::entityWithMention;
using test::surfacesOfType;

TEST_CASE("A capitalised head word alone is no organisation, with its adjectives it is", "[ner][organisations]") {
    const auto annotation =
        annotateText("I vertici della Banca tacciono. Dentro il Museo sarà allestita una nuova sala. "
                     "Un Ministero non basta.");
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
    const auto named =
        annotateText("Ieri la Banca centrale ha alzato i tassi e il Senato ha votato la fiducia allo Stato.");
    CHECK(surfacesOfType(named, EntityType::Organization) ==
          std::vector<std::string>{"Banca centrale", "Senato", "Stato"});
}

TEST_CASE("Common abbreviations of sport and entertainment are no organisations", "[ner][organisations]") {
    const auto annotation = annotateText("Dopo il GP di Monza il DJ ha suonato e l'MVP della serata ha ballato.");
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("An institution after an article opening the sentence is an organisation", "[ner][organisations]") {
    const auto annotation = annotateText("Il governo cinese ha risposto. La polizia indaga da giorni.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"governo cinese", "polizia"});
}

TEST_CASE("Clubs, parties and companies are known by their short names", "[ner][organisations]") {
    const auto annotation =
        annotateText("Ieri l'Inter ha battuto la Fiorentina. Nel 1976 la Democrazia Cristiana e il PCI trattarono. "
                     "Anche Adobe e Yahoo hanno risposto.");
    const Entity* inter = entityWithMention(annotation, "Inter");
    REQUIRE(inter != nullptr);
    CHECK(inter->id == "org:inter-milan");
    const Entity* pci = entityWithMention(annotation, "PCI");
    REQUIRE(pci != nullptr);
    CHECK(pci->id == "org:italian-communist-party");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Inter", "Fiorentina", "Democrazia Cristiana", "PCI", "Adobe", "Yahoo"});
}

TEST_CASE("A code of letters and digits is no organisation", "[ner][organisations]") {
    const auto annotation = annotateText("Un camion si è ribaltato sulla A14 e ha urtato una Audi A3 e un furgone.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Audi"});
}

TEST_CASE("An English name ending in a place's head word is a place", "[ner][organisations]") {
    const auto annotation =
        annotateText("La marcia partirà da Brockwell Park e finirà davanti a Hatfield Station, ha detto John Park.");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          std::vector<std::string>{"Brockwell Park", "Hatfield Station"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("A lowercase university noun before a place names the university", "[ner][organisations]") {
    const auto annotation = annotateText("Lo studio, firmato da ricercatori dell'università di Leeds, è uscito ieri.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"università di Leeds"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("Channels and churches are known by their Italian names", "[ner][organisations]") {
    const auto annotation =
        annotateText("Il dibattito andrà in onda su Canale 5 e su Rai 3, ha detto la Chiesa ortodossa.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Canale 5", "Rai 3", "Chiesa ortodossa"});
}

TEST_CASE("An English chamber named alone stays an organisation", "[ner][organisations]") {
    const auto annotation = annotateText("The bill passed after the Senate voted and the Museum closed.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Senate"});
}

TEST_CASE("An institution after \"col\" is an organisation", "[ner][organisations]") {
    const auto annotation = annotateText("Ieri l'inviato ha trattato col governo siriano per ore.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"governo siriano"});
}

TEST_CASE("A dictionary word after an article is no organisation for its capital alone", "[ner][organisations]") {
    const auto annotation = annotateText("Domani in paese inizia la Festa, poi la Trenomar ha chiuso i conti.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Trenomar"});
}
