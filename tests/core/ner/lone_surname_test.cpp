// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A German noun opening a sentence of another language is a surname", "[ner][person]") {
    const auto interview = annotateText("Gärtner: «Siamo pronti a ripartire».");
    CHECK(surfacesOfType(interview, EntityType::Person) == std::vector<std::string>{"Gärtner"});
    const auto apposition = annotateText("Kellner, allenatore del club, ha parlato ieri.");
    CHECK(surfacesOfType(apposition, EntityType::Person) == std::vector<std::string>{"Kellner"});
    const auto english = annotateText("Wächter, the coach, said the team was ready.", "en");
    CHECK(surfacesOfType(english, EntityType::Person) == std::vector<std::string>{"Wächter"});
}

TEST_CASE("The agent after a participle and da is a person, an origin after a verb of motion a place",
          "[ner][person]") {
    const auto agent = annotateText("Il camion guidato da Brambillotti ha urtato il muro.");
    CHECK(surfacesOfType(agent, EntityType::Person) == std::vector<std::string>{"Brambillotti"});
    CHECK(surfacesOfType(agent, EntityType::Place).empty());
    const auto origin = annotateText("Il treno partito da Valdorsena è arrivato in ritardo.");
    CHECK(surfacesOfType(origin, EntityType::Person).empty());
}

TEST_CASE("A family name's ending marks an unlisted word as a surname", "[ner][person]") {
    const auto opening = annotateText("Okrugović vive in una casa di campagna.");
    CHECK(surfacesOfType(opening, EntityType::Person) == std::vector<std::string>{"Okrugović"});
    const auto afterPreposition = annotateText("Il premio è andato a Brzeczkowski e Papadakis.");
    CHECK(surfacesOfType(afterPreposition, EntityType::Person) ==
          std::vector<std::string>{"Brzeczkowski", "Papadakis"});
    CHECK(surfacesOfType(afterPreposition, EntityType::Place).empty());
}

TEST_CASE("A sentence adverb opening the sentence stays out of the name after it", "[ner][person]") {
    const auto annotation = annotateText("Tuttavia Glenn ha detto che non smetterà, e comunque Rossi tace.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Glenn", "Rossi"});
}

TEST_CASE("A small town's name before a surname or a direction that is a surname is a given name", "[ner][person]") {
    const auto direction = annotateText("La cantante Shelby West ha donato due milioni di dollari.");
    CHECK(surfacesOfType(direction, EntityType::Person) == std::vector<std::string>{"Shelby West"});
    CHECK(surfacesOfType(direction, EntityType::Place).empty());
    const auto surname = annotateText("Alla cerimonia c'era anche l'avvocata Shelby Clark.");
    CHECK(surfacesOfType(surname, EntityType::Person) == std::vector<std::string>{"Shelby Clark"});
    const auto city = annotateText("Nel 1961 il muro divise Berlino Est da Berlino Ovest.");
    CHECK(surfacesOfType(city, EntityType::Place) == std::vector<std::string>{"Berlino Est", "Berlino Ovest"});
}

TEST_CASE("Initials joined by dots open a person's name and end no sentence", "[ner][person]") {
    const auto italian = annotateText("Il romanzo di J.R. Brambillotti è uscito ieri.");
    CHECK(surfacesOfType(italian, EntityType::Person) == std::vector<std::string>{"J.R. Brambillotti"});
    CHECK(surfacesOfType(italian, EntityType::Organization).empty());
    const auto english = annotateText("The essay by T.S. Wetherby was read aloud.", "en");
    CHECK(surfacesOfType(english, EntityType::Person) == std::vector<std::string>{"T.S. Wetherby"});
    const auto country = annotateText("He moved to the U.S. Then he left for good.", "en");
    CHECK(country.sentences.size() == 2);
}

TEST_CASE("A name after a title's body and a comma holds the title and lists nothing", "[ner][person]") {
    const auto body = annotateText("Il direttore del Corriere, Brambillotti, ha commentato la notizia.");
    CHECK(surfacesOfType(body, EntityType::Person) == std::vector<std::string>{"Brambillotti"});
    const auto town = annotateText("Il sindaco di Roma, Brambillotti, ha parlato ai cronisti.");
    CHECK(surfacesOfType(town, EntityType::Person) == std::vector<std::string>{"Brambillotti"});
    const auto list = annotateText("Ieri i delegati di Francia, Germania e Beltrania hanno firmato.");
    CHECK(surfacesOfType(list, EntityType::Place) == std::vector<std::string>{"Francia", "Germania", "Beltrania"});
}

TEST_CASE("A title in apposition makes an ordinary word a surname", "[ner][person]") {
    const auto former = annotateText("Pagnotta, già presidente della banca, ha parlato ieri.");
    CHECK(surfacesOfType(former, EntityType::Person) == std::vector<std::string>{"Pagnotta"});
    const auto ex = annotateText("Ieri Capretto, ex sindaco del paese, ha chiesto scusa.");
    CHECK(surfacesOfType(ex, EntityType::Person) == std::vector<std::string>{"Capretto"});
    const auto adverb = annotateText("Successivamente, il ministro ha parlato.");
    CHECK(surfacesOfType(adverb, EntityType::Person).empty());
}

TEST_CASE("A saint's prefix joined by a hyphen names a town, and the towns listed with it", "[ner][place]") {
    const auto list = annotateText("Le centrali sono quelle di Tavernac, Brouvelle e Saint-Ambroix.");
    CHECK(surfacesOfType(list, EntityType::Place) ==
          std::vector<std::string>{"Tavernac", "Brouvelle", "Saint-Ambroix"});
    CHECK(surfacesOfType(list, EntityType::Person).empty());
    const auto writer = annotateText("Lo scrittore Antoine de Saint-Exupéry è morto in volo.");
    CHECK(surfacesOfType(writer, EntityType::Person) == std::vector<std::string>{"Antoine de Saint-Exupéry"});
}

TEST_CASE("A minister's opposite number is a title before the name", "[ner][person]") {
    const auto italian = annotateText("Ha firmato con il suo omologo albanese Olsi Mancha.");
    CHECK(surfacesOfType(italian, EntityType::Person) == std::vector<std::string>{"Olsi Mancha"});
    const auto english = annotateText("He signed with his counterpart Olsi Mancha.", "en");
    CHECK(surfacesOfType(english, EntityType::Person) == std::vector<std::string>{"Olsi Mancha"});
}

TEST_CASE("A capitalised word with no article before an auxiliary and a participle is a surname", "[ner][person]") {
    const auto opening = annotateText("Formaggio ha opposto resistenza ed è fuggito.");
    CHECK(surfacesOfType(opening, EntityType::Person) == std::vector<std::string>{"Formaggio"});
    const auto inside = annotateText("Prima del voto tra i soci Formaggio aveva lanciato un appello.");
    CHECK(surfacesOfType(inside, EntityType::Person) == std::vector<std::string>{"Formaggio"});
    const auto predicate = annotateText("Grande è stata la folla in piazza. Successivamente è stata confermata.");
    CHECK(surfacesOfType(predicate, EntityType::Person).empty());
}
