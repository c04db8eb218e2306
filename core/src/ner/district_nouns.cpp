// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/district_nouns.h"

#include "ner/token_skip.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace annalist::core::ner {

namespace {

constexpr std::array<std::string_view, 10> kDistrictNouns{"quartiere", "quartieri", "frazione", "frazioni", "localita",
                                                          "rione",     "contrada",  "borgata",  "sobborgo", "suburb"};

bool followsDistrictNoun(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    if (name.first == 0) {
        return false;
    }
    const Token& noun = tokens[name.first - 1];
    return noun.isWord() && !noun.capitalized && noun.sentence == tokens[name.first].sentence &&
           isOneOf(std::string_view(noun.folded), kDistrictNouns);
}

/// End of the capitalised name that starts at `first`, through a connector between two name words ("Pian del
/// Voglio"), or `first` when no name word starts there.
std::size_t nameEnd(const Context& context, std::size_t first) {
    const auto& tokens = context.tokens();
    std::size_t end = first;
    while (end < tokens.size() && tokens[end].sentence == tokens[first].sentence) {
        if (context.isNameWord(end)) {
            ++end;
            continue;
        }
        const bool joins = end > first && end + 1 < tokens.size() && context.inList(WordList::Connector, end) &&
                           context.isNameWord(end + 1) && tokens[end + 1].sentence == tokens[first].sentence;
        if (!joins) {
            break;
        }
        end += 2;
    }
    return end;
}

bool isCovered(const std::vector<Candidate>& candidates, std::size_t first, std::size_t last) {
    return std::any_of(candidates.begin(), candidates.end(),
                       [&](const Candidate& c) { return c.first < last && first < c.last; });
}

/// True for a lowercase district noun at `i`; its length and first letter rule out almost every word at once.
bool isDistrictNounAt(const Context& context, std::size_t i) {
    const Token& noun = context.tokens()[i];
    const std::size_t size = noun.folded.size();
    return size >= 5 && size <= 9 && !noun.capitalized && noun.isWord() &&
           isOneOf(std::string_view(noun.folded), kDistrictNouns);
}

/// Names after a district noun that no stage took, often ordinary words with capitals ("il quartiere Borgo Fornace").
void addUnnamedDistricts(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    constexpr std::uint64_t kNoName =
        bitOf(WordList::Stopword) | bitOf(WordList::Calendar) | bitOf(WordList::Determiner);
    bool added = false;
    const auto mayName = [](const Token& token) {
        return token.capitalized && !token.sentenceInitial && (token.flags & kNoName) == 0;
    };
    for (std::size_t i = nextTokenThat(tokens, 1, mayName); i < tokens.size();
         i = nextTokenThat(tokens, i + 1, mayName)) {
        if (!context.isNameWord(i) || tokens[i - 1].sentence != tokens[i].sentence ||
            !isDistrictNounAt(context, i - 1)) {
            continue;
        }
        const std::size_t end = nameEnd(context, i);
        if (isCovered(candidates, i, end)) {
            continue;
        }
        candidates.push_back(Candidate{i, end, EntityType::Place, kNone, Origin::Rule, 0.5, false});
        added = true;
    }
    if (added) {
        sortByPosition(candidates);
    }
}

} // namespace

void applyDistrictNouns(const Context& context, std::vector<Candidate>& candidates) {
    for (Candidate& name : candidates) {
        if (name.type == EntityType::Place || name.type == EntityType::Treaty ||
            (name.entry != kNone && name.type != EntityType::Place) || !followsDistrictNoun(context, name)) {
            continue;
        }
        name = Candidate{name.first, name.last, EntityType::Place, kNone, Origin::Rule, 0.6, false};
    }
    addUnnamedDistricts(context, candidates);
}

} // namespace annalist::core::ner
