// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/publication_cues.h"

#include "ner/token_skip.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// "pubblicato su", "pubblicate su", "published in": the index of the first word after the cue ("the" skipped), or 0.
std::size_t afterPublicationCue(const Context& context, std::size_t preposition) {
    const auto& tokens = context.tokens();
    const std::size_t participle = preposition - 1;
    const std::string_view cue = tokens[preposition].folded;
    const std::string_view verb = tokens[participle].folded;
    const bool italian =
        cue == "su" && isOneOf(verb, {"pubblicato", "pubblicata", "pubblicati", "pubblicate", "apparso", "apparsa"});
    const bool english = cue == "in" && verb == "published";
    if (!(italian || english) || !tokens[participle].isWord() || context.isNameWord(participle) ||
        tokens[participle].sentence != tokens[preposition].sentence) {
        return 0;
    }
    std::size_t name = preposition + 1;
    if (english && name < tokens.size() && tokens[name].folded == "the" && !context.isNameWord(name)) {
        ++name;
    }
    return name < tokens.size() && tokens[name].sentence == tokens[preposition].sentence ? name : 0;
}

/// The end of the capitalised words from `first` on, up to four: "Nature Medicine", "Repubblica".
std::size_t capitalisedRunEnd(const Context& context, std::size_t first) {
    constexpr std::size_t kLongest = 4;
    const auto& tokens = context.tokens();
    std::size_t last = first;
    while (last < tokens.size() && last < first + kLongest && tokens[last].sentence == tokens[first].sentence &&
           tokens[last].capitalized && tokens[last].isWord() && (last == first || tokens[last].spaceBefore)) {
        ++last;
    }
    return last;
}

/// A word that names no journal after the cue: a month, a language or a nationality, the web.
bool namesNoPublication(const Context& context, std::size_t word) {
    constexpr std::uint64_t kNot = bitOf(WordList::Calendar) | bitOf(WordList::Demonym) | bitOf(WordList::Stopword);
    return (context.tokens()[word].flags & kNot) != 0 ||
           isOneOf(context.tokens()[word].folded, {"internet", "web", "online", "rete"});
}

} // namespace

void applyPublicationCues(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    std::vector<Candidate> added;
    std::size_t next = 0;
    const auto cue = [](const Token& token) {
        const std::string_view word = token.folded;
        return word == "su" || word == "in";
    };
    for (std::size_t i = nextTokenThat(tokens, 1, cue); i + 1 < tokens.size(); i = nextTokenThat(tokens, i + 1, cue)) {
        const std::size_t first = afterPublicationCue(context, i);
        if (first == 0 || !context.isNameWord(first) || tokens[first].allCaps || namesNoPublication(context, first)) {
            continue;
        }
        while (next < candidates.size() && candidates[next].last <= first) {
            ++next;
        }
        if (next < candidates.size() && candidates[next].first <= first) {
            Candidate& name = candidates[next];
            // A guess from the shape of the name gives way; a known place or person, or a name found whole, stays.
            const bool guess = name.type == EntityType::Person && name.entry == kNone && name.typeIsGuess;
            if (name.first == first && guess) {
                name.type = EntityType::Organization;
                name.typeIsGuess = false;
            }
            continue;
        }
        const std::size_t last = capitalisedRunEnd(context, first);
        if (next < candidates.size() && candidates[next].first < last) {
            continue;
        }
        added.push_back(Candidate{first, last, EntityType::Organization, kNone, Origin::Rule, 0.6, false});
    }
    if (!added.empty()) {
        candidates.insert(candidates.end(), added.begin(), added.end());
        sortByPosition(candidates);
    }
}

} // namespace annalist::core::ner
