// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"
#include "ner/word_list.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using ner::bitOf;
using ner::WordList;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A function word of another language only loses its list in a text", "[ner][wordlist]") {
    const std::uint64_t spanishOnly = bitOf(WordList::Stopword) | bitOf(WordList::SpanishStopword);
    const std::uint64_t shared = spanishOnly | bitOf(WordList::ItalianStopword);
    const auto italian = ner::listLanguageIndex("it");
    REQUIRE(italian);
    CHECK((ner::flagsInLanguage(spanishOnly, italian) & bitOf(WordList::Stopword)) == 0);
    CHECK((ner::flagsInLanguage(shared, italian) & bitOf(WordList::Stopword)) != 0);
    CHECK(ner::flagsInLanguage(spanishOnly, ner::listLanguageIndex("es")) == spanishOnly);
    CHECK(ner::flagsInLanguage(spanishOnly, ner::listLanguageIndex("pt")) == spanishOnly);
    CHECK(ner::listLanguageIndex("en-GB") == ner::listLanguageIndex("en"));
    CHECK_FALSE(ner::listLanguageIndex("eng"));
}

TEST_CASE("A town named like a Spanish function word is a town in an Italian text", "[ner][wordlist]") {
    const auto annotation = annotateText("Ieri i vigili del fuoco di Como hanno spento l'incendio.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Como"});
}

TEST_CASE("An Italian article opens an English name, not an organisation", "[ner][wordlist][en]") {
    const auto annotation = annotateText("The former vice president Al Gore thanked Della Reese for the song.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Al Gore", "Della Reese"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("A capitalised Italian article still opens a newspaper's name in Italian", "[ner][wordlist]") {
    const auto annotation = annotateText("Lo ha scritto ieri La Nazione in prima pagina.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"La Nazione"});
}
