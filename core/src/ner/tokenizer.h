// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::core::ner {

/// What a token is made of.
enum class TokenKind { Word, Number, Punctuation };

/// Where a word, number or punctuation mark lies in the text and its case shape: what the word pass finds,
/// before the token's text is copied out.
struct TokenSpan {
    std::size_t start = 0; ///< code point offsets into the tokenised text
    std::size_t end = 0;
    std::size_t byteStart = 0; ///< UTF-8 byte offsets of the same range
    std::size_t byteEnd = 0;
    TokenKind kind = TokenKind::Punctuation;
    bool capitalized = false; ///< first letter is upper or title case
    bool allCaps = false;     ///< at least two letters, all upper case
    bool spaceBefore = false; ///< white space separates it from the previous token
    bool apostrophe = false;  ///< holds an apostrophe (', ’ or ʼ), where an elision or a possessive may split it

    [[nodiscard]] bool isWord() const { return kind == TokenKind::Word; }
    /// Its bytes in the text it was found in.
    [[nodiscard]] std::string_view textIn(std::string_view utf8) const {
        return utf8.substr(byteStart, byteEnd - byteStart);
    }
};

/// A word, number or punctuation mark, with its surface and folded forms and what the recogniser learns of it.
struct Token : TokenSpan {
    std::string text;               ///< surface form (UTF-8)
    std::string folded;             ///< foldForMatching(text)
    std::uint32_t id = 0xFFFFFFFFU; ///< the folded word's id in the gazetteer vocabulary, or none
    std::uint64_t flags = 0;        ///< the word lists it belongs to (bits of WordList)
    std::size_t sentence = 0;       ///< index of its sentence
    bool sentenceInitial = false;   ///< first word of its sentence or of a quotation
};

/// Tokens and sentences of one text.
struct TokenizedText {
    std::vector<Token> tokens;
    std::vector<Span> sentences; ///< trimmed of surrounding white space
};

/// Splits text into sentences and tokens with ICU break iterators, then joins hyphenated compounds
/// ("Jong-un") and splits elided articles ("dell’Occidente" → "dell’" + "Occidente").
[[nodiscard]] TokenizedText tokenize(std::string_view utf8, std::string_view language);

/// The words, numbers and punctuation ICU's word break iterator finds, before hyphen joining and elision
/// splitting: the reference the fast scanner (word_scanner.h) must agree with.
[[nodiscard]] std::vector<TokenSpan> icuWordTokens(std::string_view utf8);

/// The folded words of a name as tokenize() would produce them, abbreviation dots left out.
[[nodiscard]] std::vector<std::string> foldedNameWords(std::string_view name);

/// foldedNameWords() joined by single spaces.
[[nodiscard]] std::string foldedNameKey(std::string_view name);

} // namespace annalist::core::ner
