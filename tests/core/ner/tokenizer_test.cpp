// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/tokenizer.h"

#include <catch2/catch.hpp>

using annalist::core::ner::tokenize;
using annalist::core::ner::TokenKind;

namespace {

std::vector<std::string> wordTexts(const annalist::core::ner::TokenizedText& tokenized) {
    std::vector<std::string> words;
    for (const auto& token : tokenized.tokens) {
        if (token.kind != TokenKind::Punctuation) {
            words.push_back(token.text);
        }
    }
    return words;
}

} // namespace

TEST_CASE("Tokenizer joins hyphenated names into one token", "[ner][tokenizer]") {
    const auto tokenized = tokenize("Kim Jong-un e la Guinea-Bissau - non qui.", "it");
    const auto words = wordTexts(tokenized);
    CHECK(words == std::vector<std::string>{"Kim", "Jong-un", "e", "la", "Guinea-Bissau", "non", "qui"});
}

TEST_CASE("Tokenizer splits elided articles from the word they precede", "[ner][tokenizer]") {
    const auto tokenized = tokenize("dell\u2019Occidente, l'Onu e d\u2019accordo con O'Brien", "it");
    const auto words = wordTexts(tokenized);
    CHECK(words == std::vector<std::string>{"dell\u2019", "Occidente", "l'", "Onu", "e", "d\u2019", "accordo", "con",
                                            "O'Brien"});
}

TEST_CASE("Token offsets are code points, also after characters outside the BMP", "[ner][tokenizer]") {
    const std::string text = "\U0001F600 Città di Forlì";
    const auto tokenized = tokenize(text, "it");
    REQUIRE(tokenized.tokens.size() >= 3);
    const auto& forli = tokenized.tokens.back();
    CHECK(forli.text == "Forlì");
    CHECK(forli.start == 11);
    CHECK(forli.end == 16);
    CHECK(text.substr(forli.byteStart, forli.byteEnd - forli.byteStart) == "Forlì");
}

TEST_CASE("Tokenizer marks case shape and sentence starts", "[ner][tokenizer]") {
    const auto tokenized = tokenize("La Nato cresce. Poi \u201CIl vertice\u201D inizia.", "it");
    REQUIRE(tokenized.sentences.size() == 2);
    const auto& tokens = tokenized.tokens;
    CHECK(tokens[0].sentenceInitial);
    CHECK_FALSE(tokens[1].sentenceInitial);
    CHECK(tokens[1].capitalized);
    CHECK_FALSE(tokens[1].allCaps);
    const auto il = std::find_if(tokens.begin(), tokens.end(), [](const auto& t) { return t.text == "Il"; });
    REQUIRE(il != tokens.end());
    CHECK(il->sentenceInitial);
    CHECK(tokens[3].sentence == 0);
    CHECK(il->sentence == 1);
}

TEST_CASE("Sentence spans are trimmed of surrounding white space", "[ner][tokenizer]") {
    const std::string text = "Primo paragrafo.\n\nSecondo paragrafo qui.";
    const auto tokenized = tokenize(text, "it");
    REQUIRE(tokenized.sentences.size() == 2);
    CHECK(tokenized.sentences[0].start == 0);
    CHECK(tokenized.sentences[0].end == 16);
    CHECK(tokenized.sentences[1].start == 18);
    CHECK(tokenized.sentences[1].end == text.size());
}
