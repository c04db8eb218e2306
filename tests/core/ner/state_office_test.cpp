// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A lowercase prosecutor's office of the Republic is one organisation, its seat a place",
          "[ner][institutions][state-office]") {
    const auto annotation = annotateText("Il fascicolo è passato alla procura della Repubblica di Genova, che ha "
                                         "sentito il sindaco per tre ore.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"procura della Repubblica"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Genova"});
    const auto beside = annotateText("La denuncia è stata presentata alla procura della Repubblica presso il "
                                     "tribunale dei minori.");
    CHECK(surfacesOfType(beside, EntityType::Organization).front() == "procura della Repubblica");
}

TEST_CASE("The presidency of the council of ministers takes the ministers in lowercase",
          "[ner][institutions][state-office]") {
    const auto capitalised =
        annotateText("Una nota della Presidenza del Consiglio dei ministri ha smentito la notizia.");
    CHECK(surfacesOfType(capitalised, EntityType::Organization) ==
          std::vector<std::string>{"Presidenza del Consiglio dei ministri"});
    const auto lowercase = annotateText("Il testo è stato diffuso ieri dalla presidenza del Consiglio dei ministri.");
    CHECK(surfacesOfType(lowercase, EntityType::Organization) ==
          std::vector<std::string>{"presidenza del Consiglio dei ministri"});
    const auto shortName = annotateText("Lo ha confermato in serata la Presidenza del Consiglio.");
    CHECK(surfacesOfType(shortName, EntityType::Organization) == std::vector<std::string>{"Presidenza del Consiglio"});
}

TEST_CASE("Lowercase district, investigative and juvenile adjectives belong to an office's name",
          "[ner][institutions][state-office]") {
    const auto annotation = annotateText("Le indagini della Direzione investigativa antimafia e del Tribunale "
                                         "minorile sono durate due anni, spiega l'Ufficio scolastico regionale.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Direzione investigativa antimafia", "Tribunale minorile",
                                   "Ufficio scolastico regionale"});
    const auto district =
        annotateText("Il fascicolo è ora nelle mani della Direzione distrettuale antimafia di Lecce.");
    CHECK(surfacesOfType(district, EntityType::Organization) ==
          std::vector<std::string>{"Direzione distrettuale antimafia"});
    CHECK(surfacesOfType(district, EntityType::Place) == std::vector<std::string>{"Lecce"});
}

TEST_CASE("Running for the presidency of the Republic names no office", "[ner][institutions][state-office]") {
    const auto annotation = annotateText("Il senatore è candidato alla presidenza della Repubblica di Francia.");
    for (const std::string& surface : surfacesOfType(annotation, EntityType::Organization)) {
        CHECK(surface.rfind("presidenza", 0) != 0);
    }
}

TEST_CASE("The presidency with the council in lowercase is one office, and the one a candidate runs for none",
          "[ner][institutions][state-office]") {
    const auto annotation = annotateText("In serata la Presidenza del consiglio ha diffuso una nota di smentita.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Presidenza del consiglio"});
    const auto candidate = annotateText("Il candidato alla Presidenza Marco Bellini ha parlato in piazza.");
    CHECK(surfacesOfType(candidate, EntityType::Organization).empty());
}
