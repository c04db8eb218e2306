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

TEST_CASE("A lowercase church with di before a saint's name is one place", "[ner][places][saints]") {
    const auto annotation = annotateText("I funerali si terranno nella chiesa di San Giovanni Battista, poi il corteo "
                                         "raggiungerà il santuario di Santa Maria delle Grazie a Lecco.");
    CHECK(
        surfacesOfType(annotation, EntityType::Place) ==
        std::vector<std::string>{"chiesa di San Giovanni Battista", "santuario di Santa Maria delle Grazie", "Lecco"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
    // "in" joins a church's name unless a known place follows it.
    const auto inside = annotateText("Il restauro della cappella di San Pietro in Vincoli è finito.");
    CHECK(surfacesOfType(inside, EntityType::Place) == std::vector<std::string>{"cappella di San Pietro in Vincoli"});
    const auto english = annotateText("The funeral was held at the church of St Mary in Oxford.", "en");
    CHECK(surfacesOfType(english, EntityType::Place) == std::vector<std::string>{"church of St Mary", "Oxford"});
    // A church dedicated to a saint still names the saint.
    const auto dedicated = annotateText("La chiesa dedicata a San Rocco è stata riaperta.");
    CHECK(surfacesOfType(dedicated, EntityType::Person) == std::vector<std::string>{"San Rocco"});
}

TEST_CASE("An article and lowercase words after it are no known town's name", "[ner][places]") {
    // La Barca is a Mexican town; written so, it is the boat.
    const auto annotation = annotateText("La barca è affondata al largo. Il traghetto ha raggiunto La Spezia.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"La Spezia"});
}

TEST_CASE("A route joining known places is a place even as the subject of a perfect", "[ner][places]") {
    const auto annotation = annotateText(
        "Il treno Roma-Parigi è arrivato con due ore di ritardo e il volo Londra-Parigi è stato cancellato.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Roma-Parigi", "Londra-Parigi"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("Porta with its capital before a name is a city gate, a place", "[ner][places]") {
    const auto annotation = annotateText("Il corteo è partito da Porta Pia, ha attraversato Porta Venezia ed è "
                                         "arrivato a Porta San Paolo.");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          std::vector<std::string>{"Porta Pia", "Porta Venezia", "Porta San Paolo"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("Via before a channel of communication is the preposition, not a street", "[ner][places]") {
    const auto annotation = annotateText("Il sindaco ha parlato via Skype e poi via Internet, mentre abitava in via "
                                         "Garibaldi.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"via Garibaldi"});
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Skype"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}
