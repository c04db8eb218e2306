// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A minister's portfolio is no part of the minister's name", "[ner][person]") {
    const auto annotation = annotateText("Ieri il ministro del Lavoro Ferraguti ha incontrato i sindacati, "
                                         "con l'assessore all'Ambiente Lucio Brambati.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Ferraguti", "Lucio Brambati"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
    const auto institution = annotateText("Lo ha detto un professore dell'Università di Pavia al procuratore della "
                                          "Repubblica Ilda Ferraguti.");
    // The office's title leaves the person out; the Republic it names is the institution, as the Bank in "governatore
    // della Banca d'Italia" is.
    CHECK(surfacesOfType(institution, EntityType::Organization) ==
          std::vector<std::string>{"Università di Pavia", "Repubblica"});
    CHECK(surfacesOfType(institution, EntityType::Person) == std::vector<std::string>{"Ilda Ferraguti"});
}

TEST_CASE("A city or a country before a person's name stays a place", "[ner][person]") {
    const auto annotation = annotateText("Ieri è morto a Milano Daniele Ferraguti, mentre il governatore della "
                                         "Banca d'Italia Guido Brambati taceva.");
    CHECK(surfacesOfType(annotation, EntityType::Person) ==
          std::vector<std::string>{"Daniele Ferraguti", "Guido Brambati"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Milano"});
    const auto known = annotateText("Ieri il presidente Usa Obama ha parlato.");
    CHECK(surfacesOfType(known, EntityType::Person) == std::vector<std::string>{"Obama"});
    CHECK(surfacesOfType(known, EntityType::Place) == std::vector<std::string>{"Usa"});
}

TEST_CASE("An ordinary word opening a sentence is left out of the name after it", "[ner][person]") {
    const auto annotation = annotateText("Arrestato Bianchi, il cassiere della ditta.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Bianchi"});
    const auto nickname = annotateText("Pino Daniele canta stasera.");
    CHECK(surfacesOfType(nickname, EntityType::Person) == std::vector<std::string>{"Pino Daniele"});
}

TEST_CASE("Initials stay inside a person's name", "[ner][person]") {
    const auto annotation = annotateText("Hanno vinto J. Robin Warren e Mary J. Blige, dopo Joe A. Carter.");
    CHECK(surfacesOfType(annotation, EntityType::Person) ==
          std::vector<std::string>{"J. Robin Warren", "Mary J. Blige", "Joe A. Carter"});
    const auto opening = annotateText("V. Kramnik ha vinto la partita.");
    CHECK(surfacesOfType(opening, EntityType::Person) == std::vector<std::string>{"V. Kramnik"});
}

TEST_CASE("A regnal numeral ends a sovereign's name", "[ner][person]") {
    const auto annotation = annotateText("Il principe Ranieri III di Monaco ha ricevuto Ottone IV.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Ranieri III", "Ottone IV"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Monaco"});
}

TEST_CASE("A month or a nationality after a given name can be part of a person's name", "[ner][person]") {
    const auto annotation = annotateText("Il corpo di April Jones è stato trovato dal cronista Alfredo Provenzali.");
    CHECK(surfacesOfType(annotation, EntityType::Person) ==
          std::vector<std::string>{"April Jones", "Alfredo Provenzali"});
    const auto date = annotateText("On 3 April Jones was at home.", "en");
    CHECK(surfacesOfType(date, EntityType::Person) == std::vector<std::string>{"Jones"});
}

TEST_CASE("Storms, records and prizes named like people are no people", "[ner][person]") {
    const auto annotation = annotateText("L'uragano Ofelia ha colpito la costa e il ciclone tropicale Gilda si "
                                         "avvicina; il singolo Marina è uscito.");
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
    const auto english = annotateText("Yesterday Hurricane Ofelia hit the coast.", "en");
    CHECK(surfacesOfType(english, EntityType::Person).empty());
}

TEST_CASE("Abstract nouns and time adverbs opening a sentence are no names", "[ner][person]") {
    const auto annotation = annotateText("Stamane, sotto la pioggia, il traffico era fermo.\n"
                                         "Scialpinismo: la gara è rinviata. Sovranismo e crisi.");
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A name that is also an ordinary word opens a sentence as its speaker", "[ner][person]") {
    const auto annotation = annotateText("Rosa ha affermato che il raccolto è salvo.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Rosa"});
    const auto ordinary = annotateText("Viene annunciato il nuovo orario.");
    CHECK(surfacesOfType(ordinary, EntityType::Person).empty());
}

TEST_CASE("Codes with digits are no people", "[ner][person]") {
    const auto annotation = annotateText("Il ceppo K7N3 circola, disse Ferraguti, e la linea Q12 è chiusa.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Ferraguti"});
}

TEST_CASE("Short forms of given names open a person's name", "[ner][person]") {
    const auto annotation = annotateText("Ieri Meg Stone e Newt Lincoln hanno parlato. Arrestato Mimmo Grasso.");
    CHECK(surfacesOfType(annotation, EntityType::Person) ==
          std::vector<std::string>{"Meg Stone", "Newt Lincoln", "Mimmo Grasso"});
}

TEST_CASE("A word shaped like a brand is an organisation, not a person", "[ner][person]") {
    const auto annotation = annotateText("Ieri Wikitravel e Cinemedia hanno firmato, ha detto Ferraguti.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Wikitravel", "Cinemedia"});
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Ferraguti"});
}

TEST_CASE("A word compounded of a prefix and an ordinary word is no person", "[ner][person]") {
    const auto annotation = annotateText("La Supersfida di ieri e lo scandalo Tortagate, ha detto Ferraguti.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Ferraguti"});
}

TEST_CASE("A town's name before a lone surname is a given name", "[ner][recognizer]") {
    // "Lautaro" is a Chilean town as well as a given name.
    const auto annotation = annotateText("Il gol decisivo è arrivato da un tiro di Lautaro Fernandez al novantesimo.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Lautaro Fernandez"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("A capitalised article closing a name opens the title after it", "[ner][recognizer]") {
    const auto annotation = annotateText("Alla mostra c'era il dipinto di Paolo Ferrandi La sera sul lago.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Paolo Ferrandi"});
    const auto surname = annotateText("Il discorso di Marine Le Pen è durato un'ora.");
    CHECK(surfacesOfType(surname, EntityType::Person) == std::vector<std::string>{"Marine Le Pen"});
}

TEST_CASE("A short English given name opens a person's name, even before an ordinary word", "[ner][recognizer][en]") {
    const auto shadow = annotateText("Shadow chancellor Mel Stride accused ministers of breaking promises.", "en");
    CHECK(surfacesOfType(shadow, EntityType::Person) == std::vector<std::string>{"Mel Stride"});
    CHECK(surfacesOfType(shadow, EntityType::Organization).empty());
}
