// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/text/unicode.h"
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::entityWithMention;
using test::surfacesOfType;

TEST_CASE("Countries and capitals are found in Italian and English from ICU data", "[ner][recognizer]") {
    const auto italian = annotateText("Il governo di Berlino discute con la Francia e con i Paesi Bassi.", "it");
    CHECK(surfacesOfType(italian, EntityType::Place) == std::vector<std::string>{"Berlino", "Francia", "Paesi Bassi"});
    const auto english = annotateText("Officials in Warsaw met envoys from Japan and South Africa.", "en");
    CHECK(surfacesOfType(english, EntityType::Place) == std::vector<std::string>{"Warsaw", "Japan", "South Africa"});
}

TEST_CASE("A country keeps one id whatever language names it", "[ner][recognizer]") {
    const auto annotation = annotateText("La Germania e la Spagna. Germany and Spain.", "it");
    const Entity* germania = entityWithMention(annotation, "Germania");
    const Entity* germany = entityWithMention(annotation, "Germany");
    REQUIRE(germania != nullptr);
    CHECK(germania == germany);
    CHECK(germania->mentions.size() == 2);
    CHECK(germania->name == "Germany");
}

TEST_CASE("Spans leave out articles, prepositions and titles", "[ner][recognizer]") {
    const auto annotation = annotateText(
        "Ieri il presidente Emmanuel Macron ha incontrato la premier Giorgia Meloni nella Repubblica Ceca.");
    CHECK(surfacesOfType(annotation, EntityType::Person) ==
          std::vector<std::string>{"Emmanuel Macron", "Giorgia Meloni"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Repubblica Ceca"});
}

TEST_CASE("Capitalised function words opening a sentence are no entities", "[ner][recognizer]") {
    const auto annotation = annotateText("Dopo il voto. Siamo stanchi. Per tutto il giorno. Lo ha detto.");
    CHECK(annotation.entities.empty());
}

TEST_CASE("Organisations come from the list and from head words", "[ner][recognizer]") {
    const auto annotation = annotateText(
        "La Nato e l'Onu hanno chiesto al Ministero degli Affari Esteri e alla Banca d'Italia di intervenire.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Nato", "Onu", "Ministero degli Affari Esteri", "Banca d'Italia"});
}

TEST_CASE("Governments named by their seat are organisations, cities standing for states stay places",
          "[ner][recognizer]") {
    const auto annotation = annotateText("Il Cremlino ha risposto alla Casa Bianca. Mosca ha invaso Kiev.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Cremlino", "Casa Bianca"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Mosca", "Kiev"});
}

TEST_CASE("A street prefix is part of the place it names", "[ner][recognizer]") {
    const auto annotation = annotateText("La folla si è radunata in piazza Tienanmen e poi in via Solferino.");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          std::vector<std::string>{"piazza Tienanmen", "via Solferino"});
}

TEST_CASE("A facility name stops before the place it is in", "[ner][recognizer]") {
    const auto annotation = annotateText("I colloqui si sono tenuti nel Palazzo Reale di Madrid.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Palazzo Reale", "Madrid"});
}

TEST_CASE("Mention offsets index the text in code points", "[ner][recognizer]") {
    const std::string text = "\U0001F30D Perché la Germania? Città e Francia.";
    const auto annotation = annotateText(text);
    REQUIRE(annotation.mentionCount() == 2);
    for (const Entity& entity : annotation.entities) {
        for (const Mention& mention : entity.mentions) {
            CHECK(substrCodePoints(text, mention.span.start, mention.span.end) == mention.text);
            CHECK(annotation.sentences[mention.sentence].contains(mention.span.start));
        }
    }
}

TEST_CASE("Language is detected when asked for auto", "[ner][recognizer]") {
    CHECK(detectLanguage("Il presidente della Repubblica ha parlato con i ministri del governo.") == "it");
    CHECK(detectLanguage("The president of the republic has spoken with the ministers of the government.") == "en");
    CHECK(detectLanguage("Der Präsident hat mit den Ministern gesprochen und das ist nicht neu.") == "de");
    CHECK(detectLanguage("xyz", "it") == "it");
    CHECK(annotateText("The minister said that the talks with the envoys have ended.", "auto").language == "en");
}

TEST_CASE("Known names written with lowercase adjectives are found whole", "[ner][recognizer]") {
    const auto annotation =
        annotateText("La Commissione europea e la Banca centrale europea hanno scritto al Parlamento europeo.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Commissione europea", "Banca centrale europea", "Parlamento europeo"});
}

TEST_CASE("An institution named by its head word takes its nationality and institutional adjectives",
          "[ner][recognizer]") {
    const auto annotation = annotateText("Il Parlamento macedone ha votato e il Tribunale speciale ha deciso ieri.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Parlamento macedone", "Tribunale speciale"});
}

TEST_CASE("A place noun before an unknown name makes it a place, a profession a person", "[ner][recognizer]") {
    const auto annotation =
        annotateText("La centrale nucleare di Zorvanek resta chiusa, ha spiegato il pugile Drazomir.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Zorvanek"});
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Drazomir"});
}

TEST_CASE("An institution's name runs on through per and e, other names do not", "[ner][recognizer]") {
    const auto annotation =
        annotateText("L'Istituto Nazionale di Geofisica e Vulcanologia ha avvisato Russia e Vietnam.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Istituto Nazionale di Geofisica e Vulcanologia"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Russia", "Vietnam"});
}
