// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/caseless_sentences.h"

#include "ner/word_entries.h"
#include "ner/word_list.h"

#include <algorithm>

namespace annalist::core::ner {

namespace {

bool inList(const Token& token, WordList list) {
    return (token.flags & bitOf(list)) != 0;
}

bool isLetterWord(const Token& token) {
    // A plain loop: find_first_of with a set of ten calls memchr once per character.
    return token.isWord() &&
           std::none_of(token.text.begin(), token.text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// True when the words of tokens [first, last) are written in capitals, or in title case with most of the
/// capitalised words being ordinary ones ("Police Arrest Two Men"), which a run of names never is.
bool isCaseless(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    constexpr std::size_t kMinimumWords = 3;
    std::size_t words = 0;
    std::size_t capitals = 0;
    std::size_t content = 0;
    std::size_t titled = 0;
    std::size_t titledCommon = 0;
    bool opensWithCapital = false;
    for (std::size_t i = first; i < last; ++i) {
        const Token& token = tokens[i];
        if (!isLetterWord(token)) {
            continue;
        }
        opensWithCapital = opensWithCapital || (words == 0 && token.capitalized);
        ++words;
        capitals += token.allCaps ? 1 : 0;
        if (!inList(token, WordList::Stopword)) {
            ++content;
            titled += token.capitalized ? 1 : 0;
            titledCommon += token.capitalized && inList(token, WordList::Common) ? 1 : 0;
        }
        // Most sentences show early that they are neither: a lowercase content word rules out title case, and more
        // than a fifth of the sentence's tokens out of capitals rules out a headline in capitals.
        const std::size_t notInCapitals = words - capitals;
        if (titled < content && notInCapitals * 5 > last - first) {
            return false;
        }
    }
    if (words < kMinimumWords) {
        return false;
    }
    const bool inCapitals = capitals * 5 >= words * 4;
    // Title case: a capital first, then five or more content words, all capitalised, most of them ordinary words.
    const bool inTitleCase = opensWithCapital && content >= 5 && titled == content && titledCommon * 5 > content * 3;
    return inCapitals || inTitleCase;
}

/// True when the word alone names a country, a large city, or a thing listed by hand or in the knowledge base.
bool namesSomethingKnown(const GazetteerImage& image, const Token& token) {
    constexpr std::uint32_t kLargeCity = 500000;
    return namesEntry(image, token.id, [](const EntryRecord& record) {
        return static_cast<Origin>(record.origin) != Origin::Gazetteer || record.population == 0 ||
               record.population >= kLargeCity;
    });
}

void readAsCaseless(const GazetteerImage& image, std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        Token& token = tokens[i];
        if (!isLetterWord(token) || !(token.capitalized || token.allCaps)) {
            continue;
        }
        if (namesSomethingKnown(image, token)) {
            continue;
        }
        const bool ordinary =
            (inList(token, WordList::Common) || inList(token, WordList::Stopword)) && !inList(token, WordList::Proper);
        token.capitalized = !ordinary;
        token.allCaps = false;
    }
}

} // namespace

void readCaselessSentences(const GazetteerImage& image, std::vector<Token>& tokens) {
    std::size_t first = 0;
    while (first < tokens.size()) {
        std::size_t last = first;
        while (last < tokens.size() && tokens[last].sentence == tokens[first].sentence) {
            ++last;
        }
        if (isCaseless(tokens, first, last)) {
            readAsCaseless(image, tokens, first, last);
        }
        first = last;
    }
}

} // namespace annalist::core::ner
