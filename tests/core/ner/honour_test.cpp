// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A prize named with a metal is no entity", "[ner][recognizer][it]") {
    const auto city = annotateText("Nel 2019 la fondatrice della mensa ha ricevuto l'Ambrogino d'oro.", "it");
    CHECK(surfacesOfType(city, EntityType::Organization).empty());
    const auto film = annotateText("Il suo primo film ha vinto il Leone d'oro alla Mostra di Venezia.", "it");
    CHECK(surfacesOfType(film, EntityType::Person).empty());
    CHECK(surfacesOfType(film, EntityType::Place) == Names{"Venezia"});
    const auto team = annotateText("L'Italia d'argento torna da Tokyo con sei medaglie.", "it");
    CHECK(surfacesOfType(team, EntityType::Place) == Names{"Italia", "Tokyo"});
}

TEST_CASE("A rank of an order with its class is an honour, not a body", "[ner][recognizer]") {
    const auto grand = annotateText("Il notaio Ferraris era stato nominato Cavaliere di Gran Croce nel 1998.", "it");
    CHECK(surfacesOfType(grand, EntityType::Organization).empty());
    CHECK(surfacesOfType(grand, EntityType::Person) == Names{"Ferraris"});
    const auto work =
        annotateText("L'industriale, Cavaliere del Lavoro dal 2005, ha lasciato la guida dell'azienda.", "it");
    CHECK(surfacesOfType(work, EntityType::Organization).empty());
    const auto knight = annotateText("The former ambassador was made a Knight Grand Cross in the new year list.", "en");
    CHECK(surfacesOfType(knight, EntityType::Organization).empty());
    const auto dame = annotateText("Dame Helen Crowther opened the new library in Bolton.", "en");
    CHECK_FALSE(surfacesOfType(dame, EntityType::Person).empty());
}
