// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A company noun before a name outweighs a given name inside it", "[ner][organisations]") {
    const auto annotation = annotateText("Ieri è stato dichiarato il fallimento della società Martina Trasporti, "
                                         "che aveva appena venduto la sede.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Martina Trasporti"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A company noun with a describing word before it makes one company of a run around a known name",
          "[ner][organisations]") {
    const auto annotation = annotateText("La nave della compagnia genovese Marta Vacanze ha urtato uno scoglio, mentre "
                                         "il volo della compagnia Air Tanzania è atterrato.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Marta Vacanze", "Air Tanzania"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("A trade noun before a name still introduces a person", "[ner][organisations]") {
    const auto annotation = annotateText("Ieri è morto a Torino l'editore Luciano Varesi, che aveva novant'anni.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Luciano Varesi"});
}

TEST_CASE("A plural article before an unknown name says a band or a party", "[ner][organisations]") {
    const auto annotation =
        annotateText("Sul palco sono saliti prima i Rolling Drums e poi gli Owls, tra gli applausi.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Rolling Drums", "Owls"});
    const auto family = annotateText("Alla cerimonia c'erano anche i Bianchi, venuti da lontano, e i Mondiali.");
    CHECK(surfacesOfType(family, EntityType::Organization).empty());
}

TEST_CASE("Capitals in brackets after an organisation are its acronym everywhere", "[ner][organisations]") {
    const auto annotation = annotateText("La Federazione Europea della Pesca (MARE) ha chiesto una moratoria. "
                                         "Secondo MARE la pesca a strascico va vietata.");
    const auto organisations = surfacesOfType(annotation, EntityType::Organization);
    CHECK(std::count(organisations.begin(), organisations.end(), "MARE") == 2);
}

TEST_CASE("A name whose initials the bracketed acronym spells is an organisation", "[ner][organisations]") {
    const auto annotation =
        annotateText("Un portavoce del Thomas Keller-Haus (TKH) ha confermato la notizia ieri sera.");
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
    const auto organisations = surfacesOfType(annotation, EntityType::Organization);
    CHECK(std::find(organisations.begin(), organisations.end(), "Thomas Keller-Haus") != organisations.end());
}

TEST_CASE("An institution's lowercase description belongs to its name", "[ner][organisations]") {
    const auto annotation =
        annotateText("Il testo è passato alla Commissione permanente per le attività produttive, mentre la Corte "
                     "suprema di giustizia ha confermato la condanna e la Banca centrale per anni ha taciuto, come il "
                     "Consiglio nazionale dei giovani e il governo.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Commissione permanente per le attività produttive", "Corte suprema di giustizia",
                                   "Banca centrale", "Consiglio nazionale dei giovani", "governo"});
}

TEST_CASE("What makes, owns or is bought is a company, unless a given name opens it", "[ner][organisations]") {
    const auto italian = annotateText("La bicicletta prodotta dalla Fumagalli ebbe successo, mentre la villa di "
                                      "proprietà di Mario Lanzi è in vendita.");
    CHECK(surfacesOfType(italian, EntityType::Organization) == std::vector<std::string>{"Fumagalli"});
    CHECK(surfacesOfType(italian, EntityType::Person) == std::vector<std::string>{"Mario Lanzi"});
    const auto english = annotateText("Shares of Halvorsen fell 3%, while the paper owned by Brightwell rose.", "en");
    CHECK(surfacesOfType(english, EntityType::Organization) == std::vector<std::string>{"Halvorsen", "Brightwell"});
}

TEST_CASE("A newspaper noun before a quoted title, an article or a joined name introduces one organisation",
          "[ner][organisations]") {
    const auto annotation = annotateText(
        "Lo ha scritto il quotidiano \"Il Mattino Nuovo\", ripreso dal quotidiano la Gazzetta e dal settimanale Casa e "
        "Giardino, mentre la squadra della Florida ha perso.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Il Mattino Nuovo", "Gazzetta", "Casa e Giardino"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Florida"});
}
