// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("An indefinite article or a possessive before a name makes a thing", "[ner][thing]") {
    CHECK(surfacesOfType(annotateText("Ieri sera Carla Benassi ha ricevuto un Oscar per la regia del suo film."),
                         EntityType::Person) == Names{"Carla Benassi"});
    CHECK(surfacesOfType(annotateText("Il pilota ha portato in pista la sua Marianna, una vettura del 1962."),
                         EntityType::Person)
              .empty());
    CHECK(surfacesOfType(annotateText("Ha vinto la squadra di casa grazie a un Ettore Bramanti da 20 punti."),
                         EntityType::Person) == Names{"Ettore Bramanti"});
    CHECK(surfacesOfType(annotateText("The firm bought an Oscar statue for the lobby, said Tom Hale.", "en"),
                         EntityType::Person) == Names{"Tom Hale"});
}

TEST_CASE("A full name or a lone given name after an article names a thing", "[ner][thing]") {
    CHECK(surfacesOfType(annotateText("A bordo del Giovanni Ravelli viaggiavano duecento passeggeri."),
                         EntityType::Person)
              .empty());
    CHECK(surfacesOfType(annotateText("Dopo il concerto Paolo ha lasciato il Mac acceso tutta la notte."),
                         EntityType::Person) == Names{"Paolo"});
    const auto stadium = annotateText("La partita si gioca domenica al Giuseppe Meazza di Milano.");
    CHECK(surfacesOfType(stadium, EntityType::Person).empty());
    CHECK(surfacesOfType(stadium, EntityType::Place) == Names{"Giuseppe Meazza", "Milano"});
    // A surname with an article, and "proprio" as an adverb, leave people alone.
    CHECK(surfacesOfType(
              annotateText("Ieri Mario Rossi ha detto che la Meloni sbaglia e che proprio Luca Bianchi lo sa."),
              EntityType::Person) == Names{"Mario Rossi", "Meloni", "Luca Bianchi"});
}

TEST_CASE("Products, works and titles are no people", "[ner][thing]") {
    CHECK(surfacesOfType(annotateText("Ieri è stato presentato iOS Marcello, la nuova versione del sistema."),
                         EntityType::Person)
              .empty());
    CHECK(
        surfacesOfType(annotateText("Il nuovo smartphone Edoardo costa novecento euro."), EntityType::Person).empty());
    CHECK(surfacesOfType(annotateText("Il gruppo ha chiuso il concerto con Waiting for the Miller ieri sera."),
                         EntityType::Person)
              .empty());
    CHECK(surfacesOfType(annotateText("La musica degli Anni Settanta torna di moda, dice Giulia Ferretti."),
                         EntityType::Person) == Names{"Giulia Ferretti"});
    CHECK(surfacesOfType(annotateText("L'album di Vasco Rossi esce domani."), EntityType::Person) ==
          Names{"Vasco Rossi"});
    CHECK(surfacesOfType(annotateText("The film director Martin Kessler said the movie would open in May.", "en"),
                         EntityType::Person) == Names{"Martin Kessler"});
}

TEST_CASE("Eponyms and genera of bacteria are no people", "[ner][thing]") {
    CHECK(surfacesOfType(annotateText("Il paziente soffre della malattia di Kowalczyk da molti anni."),
                         EntityType::Person)
              .empty());
    CHECK(surfacesOfType(annotateText("The patient was diagnosed with Kowalski's disease last year.", "en"),
                         EntityType::Person)
              .empty());
    CHECK(surfacesOfType(annotateText("Nei campioni i ricercatori hanno trovato Lactobacter silvestris."),
                         EntityType::Person)
              .empty());
}

TEST_CASE("A name in brackets after a person is an organisation", "[ner][thing]") {
    const auto annotation = annotateText("Tra i finalisti del premio c'è Marco Bellandi (Garzolini) con un romanzo.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == Names{"Marco Bellandi"});
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Garzolini"});
}

TEST_CASE("The seat of a local office and a place's head word after a given name make places", "[ner][thing]") {
    const auto mayor = annotateText("Il sindaco di Brembillo ha chiuso le scuole per la neve.");
    CHECK(surfacesOfType(mayor, EntityType::Person).empty());
    CHECK(surfacesOfType(mayor, EntityType::Place) == Names{"Brembillo"});
    const auto island = annotateText("The ferry reached Gregory Island at dawn after a night at sea.", "en");
    CHECK(surfacesOfType(island, EntityType::Place) == Names{"Gregory Island"});
}
