// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/gazetteer_image.h"
#include "ner/recognizer_fixture.h"
#include "ner/word_list.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using ner::bitOf;
using ner::WordList;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A common word of other languages only is no common word in a text", "[ner][wordlist]") {
    const std::uint64_t spanishOnly = bitOf(WordList::Common) | bitOf(WordList::SpanishCommon);
    const std::uint64_t englishOnly = bitOf(WordList::Common) | bitOf(WordList::EnglishCommon);
    const std::uint64_t italianToo = spanishOnly | bitOf(WordList::ItalianCommon);
    const auto italian = ner::listLanguageIndex("it");
    const auto english = ner::listLanguageIndex("en");
    REQUIRE(italian);
    REQUIRE(english);
    CHECK((ner::flagsInLanguage(spanishOnly, italian) & bitOf(WordList::Common)) == 0);
    CHECK((ner::flagsInLanguage(spanishOnly, english) & bitOf(WordList::Common)) == 0);
    CHECK((ner::flagsInLanguage(italianToo, italian) & bitOf(WordList::Common)) != 0);
    CHECK(ner::flagsInLanguage(spanishOnly, ner::listLanguageIndex("es")) == spanishOnly);
    // A text of no known language keeps every dictionary.
    CHECK(ner::flagsInLanguage(spanishOnly, ner::listLanguageIndex("pt")) == spanishOnly);
    // News in any language quotes English: an English word stays common everywhere.
    CHECK(ner::flagsInLanguage(englishOnly, italian) == englishOnly);
}

TEST_CASE("An Italian town named like a Spanish or French word opens a sentence as a town", "[ner][wordlist]") {
    CHECK(surfacesOfType(annotateText("Fano ha inaugurato il nuovo lungomare."), EntityType::Place) ==
          std::vector<std::string>{"Fano"});
    CHECK(surfacesOfType(annotateText("Lucera, il consiglio comunale si è riunito ieri sera."), EntityType::Place) ==
          std::vector<std::string>{"Lucera"});
}

TEST_CASE("An English town named like an Italian word opens a sentence as a town", "[ner][wordlist][en]") {
    const auto annotation = annotateText("Dover is bracing for more lorry queues this weekend.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Dover"});
}

TEST_CASE("A word of another language's dictionary still makes a firm of an unknown name", "[ner][wordlist]") {
    const auto annotation = annotateText("Tra gli sponsor c'è la Ferrotecnica Adriatica di Ancona.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Ferrotecnica Adriatica"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Ancona"});
}

TEST_CASE("Loanwords and acronyms stay common words in an Italian text", "[ner][wordlist]") {
    const ner::GazetteerImage& image = test::sharedGazetteer()->image();
    const auto italian = ner::listLanguageIndex("it");
    for (const std::string_view word : {"leader", "weekend", "dossier", "euro", "boxe", "cet", "tari"}) {
        INFO(word);
        const std::uint64_t flags = image.flags(image.tokenId(word));
        CHECK((flags & bitOf(WordList::Common)) != 0);
        CHECK((ner::flagsInLanguage(flags, italian) & bitOf(WordList::Common)) != 0);
    }
    // CET and TARI are acronyms of every language, though French writes "cet" and "tari".
    // "como" is Spanish, and Como an Italian town.
    CHECK((ner::flagsInLanguage(image.flags(image.tokenId("como")), italian) & bitOf(WordList::Common)) == 0);
}
