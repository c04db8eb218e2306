// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("Shareholders, chief executives and boards make an unknown Italian name a company", "[ner][recognizer][it]") {
    const auto shareholders =
        annotateText("Ieri gli azionisti di Voltrana hanno approvato il bilancio con ampia maggioranza.", "it");
    CHECK(surfacesOfType(shareholders, EntityType::Organization) == Names{"Voltrana"});
    CHECK(surfacesOfType(shareholders, EntityType::Person).empty());
    const auto chief =
        annotateText("Giulia Ferri, amministratore delegato di Brenvica, ha presentato il piano industriale.", "it");
    CHECK(surfacesOfType(chief, EntityType::Organization) == Names{"Brenvica"});
    CHECK(surfacesOfType(chief, EntityType::Person) == Names{"Giulia Ferri"});
    const auto board =
        annotateText("Il consiglio di amministrazione di Tirvesa si riunirà martedì per le nomine.", "it");
    CHECK(surfacesOfType(board, EntityType::Organization) == Names{"Tirvesa"});
}

TEST_CASE("Weak Italian company cues leave people's surnames alone", "[ner][recognizer][it]") {
    const auto staff = annotateText(
        "Il ristorante di Marco Galli chiude: i dipendenti di Galli hanno scritto al sindaco di Bologna.", "it");
    CHECK(surfacesOfType(staff, EntityType::Organization).empty());
    const auto unknown =
        annotateText("I dipendenti di Sarvolta sono in sciopero da tre giorni davanti ai cancelli.", "it");
    CHECK(surfacesOfType(unknown, EntityType::Organization) == Names{"Sarvolta"});
    const auto analysts = annotateText("Gli analisti di Berlani prevedono un calo dei consumi per l'inverno.", "it");
    CHECK(surfacesOfType(analysts, EntityType::Organization) == Names{"Berlani"});
}

TEST_CASE("Trains, shares and a chief executive make a firm of a name that is also a given name",
          "[ner][recognizer][it]") {
    const auto trains = annotateText("Da domani i treni di Italo fermeranno anche a Reggio Emilia.", "it");
    CHECK(surfacesOfType(trains, EntityType::Organization) == Names{"Italo"});
    CHECK(surfacesOfType(trains, EntityType::Person).empty());
    const auto shares = annotateText("In Borsa le azioni di Ettore sono salite del quattro per cento.", "it");
    CHECK(surfacesOfType(shares, EntityType::Organization) == Names{"Ettore"});
    const auto flights =
        annotateText("I voli di Gasparri sono stati pagati dal partito, ha scritto il quotidiano.", "it");
    CHECK(surfacesOfType(flights, EntityType::Organization).empty());
}
