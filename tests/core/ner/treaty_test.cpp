// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("Named treaties take their place name", "[ner][treaty]") {
    const auto annotation = annotateText("Il Trattato di Lisbona e gli Accordi di Minsk sono citati spesso.");
    CHECK(surfacesOfType(annotation, EntityType::Treaty) ==
          std::vector<std::string>{"Trattato di Lisbona", "Accordi di Minsk"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("Specific treaty references are treaties", "[ner][treaty]") {
    const auto annotation =
        annotateText("Hanno firmato un accordo di libero scambio. Il patto di non aggressione regge, "
                     "e il trattato sarà ratificato con un partenariato strategico.");
    CHECK(surfacesOfType(annotation, EntityType::Treaty) ==
          std::vector<std::string>{"accordo di libero scambio", "patto di non aggressione", "trattato",
                                   "partenariato strategico"});
}

TEST_CASE("English treaty references take their modifiers", "[ner][treaty]") {
    const auto annotation =
        annotateText("They signed a comprehensive strategic partnership treaty and the agreement on trade.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Treaty) ==
          std::vector<std::string>{"comprehensive strategic partnership treaty", "agreement on trade"});
}

TEST_CASE("Idioms built on treaty words are never treaties", "[ner][treaty]") {
    for (const char* text :
         {"Sono d'accordo con te.", "Si è trattato di un errore.", "Lo hanno deciso di comune accordo.",
          "Tutto si è svolto come da protocollo.", "She did it of her own accord."}) {
        CAPTURE(text);
        CHECK(surfacesOfType(annotateText(text), EntityType::Treaty).empty());
    }
}

TEST_CASE("A bare treaty word needs a determiner to be a reference", "[ner][treaty]") {
    CHECK(surfacesOfType(annotateText("Accordo raggiunto, dicono."), EntityType::Treaty).empty());
    CHECK(surfacesOfType(annotateText("Hanno raggiunto un accordo."), EntityType::Treaty) ==
          std::vector<std::string>{"accordo"});
}
