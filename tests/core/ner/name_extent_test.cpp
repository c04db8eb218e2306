// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A nickname in quotes stays inside a person's name", "[ner][person]") {
    const auto annotation =
        annotateText("Ieri è stato arrestato a Palermo Salvatore \"Totò\" Ferraguti, latitante da anni.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Salvatore \"Totò\" Ferraguti"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Palermo"});
}

TEST_CASE("An epithet after an article ends a person's name", "[ner][person]") {
    const auto italian = annotateText("Gli scritti di Plinio il Giovane e la corte di Caterina la Grande.");
    CHECK(surfacesOfType(italian, EntityType::Person) ==
          std::vector<std::string>{"Plinio il Giovane", "Caterina la Grande"});
    const auto english = annotateText("The reforms of Peter the Great changed Russia.", "en");
    CHECK(surfacesOfType(english, EntityType::Person) == std::vector<std::string>{"Peter the Great"});
}

TEST_CASE("Spanish particles and compound given names stay inside a person's name", "[ner][person]") {
    const auto particle = annotateText("Ha vinto il pugile Carlos de la Fuente, dice la stampa.");
    CHECK(surfacesOfType(particle, EntityType::Person) == std::vector<std::string>{"Carlos de la Fuente"});
    const auto compound = annotateText("Ieri ha parlato Pier Ferdinando Rossetti.");
    CHECK(surfacesOfType(compound, EntityType::Person) == std::vector<std::string>{"Pier Ferdinando Rossetti"});
}

TEST_CASE("A surname made of a particle and a place word names a person", "[ner][person]") {
    const auto particle = annotateText("Il romanzo di Mario Di Monte ha vinto il premio.");
    CHECK(surfacesOfType(particle, EntityType::Person) == std::vector<std::string>{"Mario Di Monte"});
    CHECK(surfacesOfType(particle, EntityType::Place).empty());
    const auto title = annotateText("Il sindaco Vittorino Ponte ha firmato l'ordinanza.");
    CHECK(surfacesOfType(title, EntityType::Person) == std::vector<std::string>{"Vittorino Ponte"});
    CHECK(surfacesOfType(title, EntityType::Place).empty());
}

TEST_CASE("A person's name after a title does not run into an institution", "[ner][person]") {
    const auto annotation = annotateText("Ho telefonato al dottor Ferraguti del Ministero della Salute.");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Ferraguti"});
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Ministero della Salute"});
}

TEST_CASE("A town named after a saint is one place with the town before it", "[ner][place]") {
    const auto annotation = annotateText("Sono morti due operai a Gorla San Pietro, vicino al cantiere.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Gorla San Pietro"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A known place whose words are place heads stays whole", "[ner][place]") {
    const auto annotation = annotateText("Vivo a Capo di Ponte da anni.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Capo di Ponte"});
}

TEST_CASE("An abbreviation before a name ends no sentence", "[ner][place]") {
    const auto annotation = annotateText("La compagnia ha aperto una sede a St. Louis, poi una a Roma.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"St. Louis", "Roma"});
    CHECK(annotation.sentences.size() == 1);
}

TEST_CASE("A known name opened by a function word keeps it at a sentence start", "[ner][place]") {
    const auto annotation = annotateText("Stati Uniti d'America: la crisi continua.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Stati Uniti d'America"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("The verb è joins no names", "[ner][place]") {
    const auto annotation = annotateText("Un esempio di Stato è la Norvegia, un altro è la Svezia.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Norvegia", "Svezia"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}
