// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"
#include "annalist/core/ner/gazetteer.h"
#include "ner/gazetteer_image.h"
#include "ner/tokenizer.h"
#include "ner/word_list.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace annalist::core::ner {

/// A span the recogniser proposes as a mention, over tokens [first, last).
struct Candidate {
    std::size_t first = 0;
    std::size_t last = 0;
    EntityType type = EntityType::Person;
    std::uint32_t entry = kNone; ///< index of the known thing it names in the gazetteer image, or kNone
    Origin origin = Origin::Rule;
    double confidence = 0.5;
    bool typeIsGuess = false; ///< typed by default only; document evidence may retype it
    bool surnameOnly = false; ///< a known person's surname standing alone
};

/// What every stage reads: the text's tokens, the gazetteer and the word lists.
struct Context {
    const Gazetteer& gazetteer;
    const TokenizedText& tokenized;
    /// Folded words written with a capital somewhere other than at a sentence start.
    const std::unordered_set<std::string>* midSentenceCapitals = nullptr;
    /// The text's language ("it", "en"), for the rules of one language only; empty when unknown.
    std::string_view language;

    [[nodiscard]] const std::vector<Token>& tokens() const { return tokenized.tokens; }
    [[nodiscard]] const GazetteerImage& image() const { return gazetteer.image(); }
    [[nodiscard]] bool inList(WordList list, std::size_t token) const {
        return (tokenized.tokens[token].flags & bitOf(list)) != 0;
    }
    [[nodiscard]] bool isFirstName(std::size_t token) const { return inList(WordList::FirstName, token); }
    /// True when a token can start or continue a name: a capitalised word or an acronym.
    [[nodiscard]] bool isNameWord(std::size_t token) const {
        const Token& t = tokenized.tokens[token];
        return t.isWord() && (t.capitalized || t.allCaps);
    }
    /// Folded tokens [first, last) joined by single spaces, abbreviation dots left out.
    [[nodiscard]] std::string foldedKey(std::size_t first, std::size_t last) const;
};

/// Puts candidates in text order, by their first token.
void sortByPosition(std::vector<Candidate>& candidates);

/// Finds known names (gazetteer and knowledge base), longest match first, left to right.
[[nodiscard]] std::vector<Candidate> matchKnownNames(const Context& context);

/// Finds capitalised sequences with their connectors and types them from evidence; known names found
/// by matchKnownNames are kept, merged into a longer name, or split out of a sequence as the evidence says.
[[nodiscard]] std::vector<Candidate> findNames(const Context& context, std::vector<Candidate> known);

/// Finds treaties named or referred to in lowercase ("il patto di mutua assistenza", "the treaty").
[[nodiscard]] std::vector<Candidate> findTreatyReferences(const Context& context, const std::vector<Candidate>& names);

/// "hanno raggiunto un accordo", "close to a deal": a lone treaty word after an indefinite article, with no parties
/// named after it, introduces an agreement of the story's own, which no treaty of the knowledge base is.
[[nodiscard]] bool isIndefiniteTreatyWord(const Context& context, const Candidate& reference);

} // namespace annalist::core::ner
