// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/name_shape.h"
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("An unknown name alone is a surname without an article and a body after one", "[ner][unknown]") {
    const auto annotation =
        annotateText("Ieri il giudice ha ascoltato Brambillotti, poi la Trenomar ha chiuso i conti.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Brambillotti"});
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Trenomar"});
}

TEST_CASE("Ordinary abbreviations are no organisations", "[ner][unknown]") {
    const auto annotation = annotateText("Con l'aumento dell'IVA il PIL cala, dice la TV alle 18 UTC.");
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A noun in apposition introduces an organisation", "[ner][unknown]") {
    const auto annotation = annotateText("Il treno della compagnia ferroviaria spagnola Velotrax è partito. "
                                         "Lo ha detto l'agenzia di stampa Notiziax. Il partito Zentrova tace.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Velotrax", "Notiziax", "Zentrova"});
}

TEST_CASE("The shape of a word can say it names a brand, a site or a body", "[ner][unknown]") {
    const auto annotation = annotateText("Il video è su VidTube e su Lettori.it, ha detto ieri il Pdx.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"VidTube", "Lettori.it", "Pdx"});
}

TEST_CASE("An institution named by a lowercase noun after an article is an organisation", "[ner][unknown]") {
    const auto annotation = annotateText("Ieri la polizia tedesca ha arrestato due uomini, mentre il governo tace.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"polizia tedesca", "governo"});
    const auto named = annotateText("Ieri il governo Rossi ha giurato.");
    CHECK(surfacesOfType(named, EntityType::Organization).empty());
}

TEST_CASE("A first name after a connector starts a person inside a longer run", "[ner][unknown]") {
    const auto annotation = annotateText("Ieri la Microsoft di Bill Gates ha annunciato un accordo.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Bill Gates"});
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Microsoft"});
}

TEST_CASE("A nationality after a first name is a surname", "[ner][unknown]") {
    const auto annotation = annotateText("Ieri hanno vinto Clemente Russo e Paolo Greco.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Clemente Russo", "Paolo Greco"});
}

TEST_CASE("A place noun right before an unknown name makes it a place", "[ner][unknown]") {
    const auto annotation = annotateText("L'incendio è scoppiato in località Pratovecchione ieri sera.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Pratovecchione"});
}

TEST_CASE("Word shapes of brands, domains and acronyms", "[ner][unknown][shape]") {
    using namespace annalist::core::ner;
    CHECK(hasBrandCapitals("YouTube"));
    CHECK(hasBrandCapitals("DoubleClick"));
    CHECK_FALSE(hasBrandCapitals("McCain"));
    CHECK_FALSE(hasBrandCapitals("DiCaprio"));
    CHECK_FALSE(hasBrandCapitals("Roma"));
    CHECK(looksLikeDomainName("lettori.it"));
    CHECK(looksLikeDomainName("Example.org"));
    CHECK_FALSE(looksLikeDomainName("S.p.A"));
    CHECK_FALSE(looksLikeDomainName("fine."));
    CHECK(looksLikeWordCaseAcronym("Pdl"));
    CHECK(looksLikeWordCaseAcronym("Asl"));
    CHECK_FALSE(looksLikeWordCaseAcronym("Kim"));
    CHECK_FALSE(looksLikeWordCaseAcronym("Lee"));
    CHECK_FALSE(looksLikeWordCaseAcronym("PDL"));
}

TEST_CASE("A lowercase Arabic article joined to a name is part of the name", "[ner][unknown]") {
    const auto annotation = annotateText("Ieri il premier Nouri al-Maliki ha firmato il decreto.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Nouri al-Maliki"});
}

TEST_CASE("A known person's full name is cut out of the name before it", "[ner][unknown]") {
    const auto annotation = annotateText("Il presidente dell'Egitto Hosni Mubarak ha parlato ieri.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Hosni Mubarak"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Egitto"});
}

TEST_CASE("An unknown given name before a town's name makes a person", "[ner][unknown]") {
    const auto annotation = annotateText("Ha cantato anche Zelinda Houston, tra gli applausi.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Zelinda Houston"});
}

TEST_CASE("A name shared by a region and small towns is the region, and an article marks a place", "[ner][unknown]") {
    const auto annotation = annotateText("Il governatore della Florida ha visitato il sindaco di Cremona.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Florida", "Cremona"});
    const Entity* florida = test::entityWithMention(annotation, "Florida");
    REQUIRE(florida != nullptr);
    CHECK(florida->id == "region:US-FL");
}

TEST_CASE("A hyphenated word joining known places is a place", "[ner][unknown]") {
    const auto annotation = annotateText("Ieri la linea Roma-Viterbo è rimasta chiusa.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Roma-Viterbo"});
}

TEST_CASE("An unknown word opening a sentence as its subject is a name", "[ner][unknown]") {
    CHECK(surfacesOfType(annotateText("Brambillotti è stato arrestato ieri."), EntityType::Person) ==
          std::vector<std::string>{"Brambillotti"});
    CHECK(annotateText("Riapertissima la strada dopo la frana.").entities.empty());
}

TEST_CASE("A capital listed by hand outranks towns, counties and states of the same name", "[ner][linking]") {
    const auto annotation = annotateText("Talks in London, Dublin and Kyiv ended in Washington.", "en");
    const std::vector<std::pair<std::string, std::string>> expected{
        {"London", "city:GB:london"}, {"Dublin", "city:IE:dublin"}, {"Kyiv", "city:UA:kyiv"}};
    for (const auto& [surface, id] : expected) {
        const Entity* place = test::entityWithMention(annotation, surface);
        REQUIRE(place != nullptr);
        CHECK(place->id == id);
    }
    const Entity* washington = test::entityWithMention(annotation, "Washington");
    REQUIRE(washington != nullptr);
    CHECK(washington->id.rfind("city:US:", 0) == 0);
}

TEST_CASE("Ordinary words with capitals and no head word are no name", "[ner][unknown]") {
    const auto annotation = annotateText("La pena è prevista dal Codice Penale, ha ricordato il giudice.");
    CHECK(annotation.entities.empty());
}

TEST_CASE("A capitalised article inside a sentence opens the name of a newspaper or a party", "[ner][unknown]") {
    const auto annotation = annotateText("Lo ha scritto ieri La Gazzetta Nuova, citando fonti vicine ai Verdi.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"La Gazzetta Nuova", "Verdi"});
}

TEST_CASE("An administrative noun with di belongs to the area's name", "[ner][unknown]") {
    const auto annotation = annotateText("La scossa è stata avvertita in tutta la provincia di Perugia ieri.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"provincia di Perugia"});
    const auto city = annotateText("La scossa è stata avvertita nella città di Perugia ieri.");
    CHECK(surfacesOfType(city, EntityType::Place) == std::vector<std::string>{"Perugia"});
}

TEST_CASE("An ordinary word opening a sentence stays one before a speech verb", "[ner][unknown]") {
    CHECK(annotateText("Viene annunciato il nuovo sistema operativo.").entities.empty());
}

TEST_CASE("A name listed with known places is a place", "[ner][unknown]") {
    const auto annotation = annotateText("La scossa è stata avvertita in Toscana, Umbria e Brambillania.");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          std::vector<std::string>{"Toscana", "Umbria", "Brambillania"});
}

TEST_CASE("Two capitals in brackets after a place are its province", "[ner][unknown]") {
    const auto annotation = annotateText("La donna, originaria di Pioltello (MI), lavorava a Como da anni.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Pioltello", "MI", "Como"});
}
