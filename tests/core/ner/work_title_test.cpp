// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A title after a word for a work is no organisation", "[ner][works]") {
    const auto film = annotateText(
        "Ha scritto la sceneggiatura del film Guardia del Faro e la canzone «Colpo di Vento» per la Warner.");
    CHECK(surfacesOfType(film, EntityType::Organization) == Names{"Warner"});
    const auto series = annotateText("La Rai manderà in onda la serie Compagnia del Mare, prodotta con Mediaset.");
    CHECK(surfacesOfType(series, EntityType::Organization) == Names{"Rai", "Mediaset"});
    const auto documentary = annotateText("Il regista presenterà a Venezia il documentario Figli della Laguna.");
    CHECK(surfacesOfType(documentary, EntityType::Organization).empty());
    CHECK(surfacesOfType(documentary, EntityType::Place) == Names{"Venezia"});
}

TEST_CASE("An institution after an indefinite article is no particular one", "[ner][works]") {
    const auto court = annotateText(
        "Il ricorso è stato respinto da un tribunale di provincia, mentre il tribunale di Bari deve ancora decidere.");
    CHECK(surfacesOfType(court, EntityType::Organization) == Names{"tribunale"});
    const auto government = annotateText("Dopo le elezioni servirà un nuovo governo, ha detto il segretario.");
    CHECK(surfacesOfType(government, EntityType::Organization).empty());
}

TEST_CASE("A product after an indefinite article and a law or a crime are no organisations", "[ner][works]") {
    const auto car = annotateText("I ladri sono fuggiti a bordo di una Vellani Sprint grigia.");
    CHECK(surfacesOfType(car, EntityType::Organization).empty());
    const auto crime = annotateText("La vittima della Strage di Corvara era un operaio.");
    CHECK(surfacesOfType(crime, EntityType::Organization).empty());
    const auto law = annotateText("Il governo ha presentato ieri la Legge di Riordino delle professioni.");
    CHECK(surfacesOfType(law, EntityType::Organization) == Names{"governo"});
}

TEST_CASE("A road's code and a compound festival name are no organisations", "[ner][works]") {
    const auto roads =
        annotateText("Per le frane sono chiuse la SS 36 e la SP 12, mentre le SS naziste sono ricordate al museo.");
    CHECK(surfacesOfType(roads, EntityType::Organization) == Names{"SS"});
    const auto festival = annotateText("Il Lakeside JazzFestival apre sabato con tre concerti.");
    CHECK(surfacesOfType(festival, EntityType::Organization).empty());
    CHECK(surfacesOfType(festival, EntityType::Event) == Names{"Lakeside JazzFestival"});
}
