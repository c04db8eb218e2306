// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::entityWithMention;
using test::surfacesOfType;

TEST_CASE("A known party named by its head word alone is the party", "[ner][organisations][italian]") {
    const auto annotation =
        annotateText("La Lega vota contro il decreto. Anche Forza Italia e la Lega chiedono tempo.");
    const Entity* lega = entityWithMention(annotation, "Lega");
    REQUIRE(lega != nullptr);
    CHECK(lega->id == "org:lega");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Lega", "Forza Italia", "Lega"});
    const auto common = annotateText("Una lega di rame e stagno resiste alla corrosione.");
    CHECK(surfacesOfType(common, EntityType::Organization).empty());
}

TEST_CASE("A name never runs on from one paragraph into the next", "[ner][italian]") {
    const auto annotation =
        annotateText("Il Livorno torna in Serie A.\n\nAl Picchi ieri sera c’erano ventimila tifosi.");
    for (const EntityType type : {EntityType::Person, EntityType::Organization, EntityType::Place}) {
        for (const std::string& surface : surfacesOfType(annotation, type)) {
            CHECK(surface.find('\n') == std::string::npos);
            CHECK(surface != "Serie A.");
        }
    }
}

TEST_CASE("Surnames opening with an article or a preposition are people", "[ner][persons][italian]") {
    const auto annotation = annotateText("Il gol di Del Bosco ha deciso la gara. Il generale Dalla Pietra è arrivato "
                                         "ieri e il senatore Dell’Orsina ha votato con l’assessore Lo Vetere.");
    CHECK(surfacesOfType(annotation, EntityType::Person) ==
          std::vector<std::string>{"Del Bosco", "Dalla Pietra", "Dell’Orsina", "Lo Vetere"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
    const auto newspapers = annotateText("Lo ha scritto ieri La Stampa, e lo ha confermato Il Giornale.");
    CHECK(surfacesOfType(newspapers, EntityType::Person).empty());
}

TEST_CASE("Treaty topics joined by e or a comma make one treaty", "[ner][treaties][italian]") {
    const auto annotation = annotateText("I due Paesi hanno firmato un trattato di pace, amicizia e cooperazione. "
                                         "Il patto di difesa e la crisi del gas restano sul tavolo.");
    CHECK(surfacesOfType(annotation, EntityType::Treaty) ==
          std::vector<std::string>{"trattato di pace, amicizia e cooperazione", "patto di difesa"});
}

TEST_CASE("A portfolio after a title is no organisation", "[ner][organisations][italian]") {
    const auto annotation = annotateText("La commissaria per l’Allargamento ha incontrato il ministro della Pesca.");
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("Unknown places after a centre or a plant are places", "[ner][places][italian]") {
    const auto annotation = annotateText("L’azienda chiude lo stabilimento di Borgoverde e apre il centro logistico "
                                         "di Valmarana. La Guardia costiera e la Polizia stradale sono intervenute.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Borgoverde", "Valmarana"});
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Guardia costiera", "Polizia stradale"});
}

TEST_CASE("A firm's first word alone is the firm", "[ner][organisations][italian]") {
    const auto annotation = annotateText("Tornisa chiude due reparti. I vertici della Tornisa Meccanica incontrano i "
                                         "sindacati, ma ieri Tornisa ha perso il 9 per cento.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Tornisa", "Tornisa Meccanica", "Tornisa"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A name after a plural article is a party or a band, even a surname", "[ner][organisations][italian]") {
    const auto annotation = annotateText("In aula i deputati dei Verdi hanno chiesto una verifica.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Verdi"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("Stadiums of the Italian league are places", "[ner][places][italian]") {
    const auto annotation = annotateText("Domenica al Dall’Ara arriva il Genoa, poi la squadra gioca al Bentegodi.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Dall’Ara", "Bentegodi"});
}

TEST_CASE("An association followed by an Italian city or region is its local branch", "[ner][organisations][italian]") {
    const auto annotation =
        annotateText("Legambiente Toscana e la Cgil Piemonte hanno firmato un appello con il sindaco di Pisa.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Legambiente Toscana", "Cgil Piemonte"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Pisa"});
}
