// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A lowercase airport, station or port before a known name leaves the name alone", "[ner][places]") {
    const auto annotation = annotateText("I voli sono ripresi all'aeroporto di Linate, mentre l'aeroporto di Catania "
                                         "resta chiuso per la cenere.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Linate", "Catania"});
    // Written in full with its capital, the airport's listed name stays whole.
    const auto capitalised = annotateText("L'Aeroporto di Fiumicino ha cancellato venti voli.");
    CHECK(surfacesOfType(capitalised, EntityType::Place) == std::vector<std::string>{"Aeroporto di Fiumicino"});
}

TEST_CASE("A lowercase landform with di before a name is one place, even before a given name", "[ner][places]") {
    const auto annotation = annotateText("La frana è scesa dal monte di Portofino fino alla valle di Barak, dove i "
                                         "soccorsi sono arrivati anche dal lago di Brenta.");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          std::vector<std::string>{"monte di Portofino", "valle di Barak", "lago di Brenta"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
    // Plurals name parts of a place that has a name of its own.
    const auto plural = annotateText("Le valli del Delta del Po sono allagate.");
    CHECK(surfacesOfType(plural, EntityType::Place) == std::vector<std::string>{"Delta del Po"});
}
