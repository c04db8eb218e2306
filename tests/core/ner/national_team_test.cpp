// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A country that plays a match is its national team", "[ner][teams]") {
    const auto score = annotateText("Sotto la pioggia di Lione il Portogallo ha superato la Svezia 31-12.");
    CHECK(surfacesOfType(score, EntityType::Organization) == Names{"Portogallo", "Svezia"});
    CHECK(surfacesOfType(score, EntityType::Place) == Names{"Lione"});
    const auto goal = annotateText("Nel finale un gol di testa ha regalato all'Austria il pareggio contro la Grecia.");
    CHECK(surfacesOfType(goal, EntityType::Organization) == Names{"Austria", "Grecia"});
    const auto described = annotateText("Nella ripresa una non irresistibile Olanda ha pareggiato 1-1.");
    CHECK(surfacesOfType(described, EntityType::Organization) == Names{"Olanda"});
    // English names a national side as the place.
    const auto english = annotateText("Scotland beat Japan 28-21 in a tense game in Edinburgh.", "en");
    CHECK(surfacesOfType(english, EntityType::Place) == Names{"Scotland", "Japan", "Edinburgh"});
}

TEST_CASE("A result verb makes a country a team only in a text about sport", "[ner][teams]") {
    const auto text = annotateText("Il girone si è chiuso ieri sera. Nella seconda partita il Perù vince a Lima e "
                                   "passa il turno. Il Cile batte il Perù e resta in corsa.");
    CHECK(surfacesOfType(text, EntityType::Organization) == Names{"Perù", "Cile", "Perù"});
    CHECK(surfacesOfType(text, EntityType::Place) == Names{"Lima"});
    const auto alone = annotateText("Il Cile vince la sua battaglia contro l'inflazione.");
    CHECK(surfacesOfType(alone, EntityType::Place) == Names{"Cile"});
}

TEST_CASE("A country acting as a state or named as a venue stays a place", "[ner][teams]") {
    const auto state = annotateText("La Russia accusa la Georgia di aver violato la tregua e minaccia una risposta.");
    CHECK(surfacesOfType(state, EntityType::Place) == Names{"Russia", "Georgia"});
    CHECK(surfacesOfType(state, EntityType::Organization).empty());
    const auto venue = annotateText("La partita inaugurale del campionato si giocherà in Marocco a fine giugno.");
    CHECK(surfacesOfType(venue, EntityType::Place) == Names{"Marocco"});
    const auto english = annotateText("France host the summit on trade with Germany next week.", "en");
    CHECK(surfacesOfType(english, EntityType::Place) == Names{"France", "Germany"});
}

TEST_CASE("A country joined to a national side is the other side", "[ner][teams]") {
    const auto final = annotateText("La finale tra Portogallo e Svezia è finita 3-2 dopo i supplementari.");
    CHECK(surfacesOfType(final, EntityType::Organization) == Names{"Portogallo", "Svezia"});
    const auto summit = annotateText("Il vertice tra Portogallo e Svezia si è chiuso ieri sera.");
    CHECK(surfacesOfType(summit, EntityType::Place) == Names{"Portogallo", "Svezia"});
}

TEST_CASE("A national side named as the Nazionale of a people tells of a match", "[ner][teams]") {
    const auto debut = annotateText("In Nazionale sudafricana dal 1990, esordì contro l'Austria a Vienna.");
    CHECK(surfacesOfType(debut, EntityType::Organization) == Names{"Nazionale sudafricana", "Austria"});
    CHECK(surfacesOfType(debut, EntityType::Place) == Names{"Vienna"});
    const auto bank = annotateText("Il presidente della Banca Nazionale svizzera ha incontrato l'Austria.");
    CHECK(surfacesOfType(bank, EntityType::Place) == Names{"Austria"});
}

TEST_CASE("A fixture verb beside a country makes it a side in a text about sport", "[ner][teams]") {
    const auto text = annotateText("La partita di ieri ha chiuso il girone. Il campionato riprende a marzo. Sabato "
                                   "l'Austria affronterà l'Islanda a Graz.");
    CHECK(surfacesOfType(text, EntityType::Organization) == Names{"Austria", "Islanda"});
    CHECK(surfacesOfType(text, EntityType::Place) == Names{"Graz"});
}
