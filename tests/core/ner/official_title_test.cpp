// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A public body's remit after su or per belongs to its name", "[ner][institutions]") {
    const auto annotation = annotateText("Lo sciopero dei treni è stato rinviato dalla Commissione di garanzia sugli "
                                         "scioperi, e la Commissione di vigilanza sui fondi pensione ha chiesto i "
                                         "conti.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Commissione di garanzia sugli scioperi",
                                   "Commissione di vigilanza sui fondi pensione"});
}

TEST_CASE("Garante and Osservatorio head bodies named for their remit", "[ner][institutions]") {
    const auto annotation = annotateText("La banca è stata multata dal Garante per la protezione dei dati personali. "
                                         "I numeri vengono dall'Osservatorio nazionale sulla salute, che li "
                                         "pubblica ogni anno, e l'Autorità garante della concorrenza e del mercato "
                                         "ha aperto un'istruttoria.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Garante per la protezione dei dati personali",
                                   "Osservatorio nazionale sulla salute",
                                   "Autorità garante della concorrenza e del mercato"});
}

TEST_CASE("An agency of a union of states named for its remit is one organisation", "[ner][institutions]") {
    const auto annotation = annotateText("Le domande respinte sono salite, secondo l'Agenzia dell'Unione europea per "
                                         "l'asilo, del venti per cento.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Agenzia dell'Unione europea per l'asilo"});
}

TEST_CASE("What a court or a council reports on is no part of its name", "[ner][institutions]") {
    const auto annotation = annotateText("La relazione della Corte dei conti sulla sanità è stata letta dalla "
                                         "Commissione sulla riforma dei porti.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Corte dei conti", "Commissione"});
}
