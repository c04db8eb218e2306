// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/list_consistency.h"

#include "ner/person_rules.h"
#include "ner/surname_cues.h"

#include <optional>

namespace annalist::core::ner {

namespace {

/// True when a comma or a coordinating conjunction ("e", "ed", "o", "and", "or") alone joins two names.
bool coordinated(const Context& context, const Candidate& left, const Candidate& right) {
    const auto& tokens = context.tokens();
    if (right.first != left.last + 1 || tokens[left.first].sentence != tokens[right.first].sentence) {
        return false;
    }
    const Token& between = tokens[left.last];
    if (!between.isWord()) {
        // "il sindaco di Stroppiana, Rossi,": after a title's place or body, a comma opens the holder's name.
        return between.text == "," && !followsTitleOf(context, left.first);
    }
    // "Roma è Milano": the verb "è" folds to the conjunction "e" but joins no list.
    if (between.text == "\u00e8") {
        return false;
    }
    return !context.isNameWord(left.last) && context.inList(WordList::OrgConnector, left.last) &&
           !context.inList(WordList::Connector, left.last);
}

/// The type every known (not guessed) name of candidates [first, last) shares, or nullopt when they disagree or
/// none is known.
std::optional<EntityType> sharedKnownType(const std::vector<Candidate>& candidates, std::size_t first,
                                          std::size_t last) {
    std::optional<EntityType> shared;
    for (std::size_t i = first; i < last; ++i) {
        const Candidate& candidate = candidates[i];
        if (candidate.typeIsGuess) {
            continue;
        }
        if (shared && *shared != candidate.type) {
            return std::nullopt;
        }
        shared = candidate.type;
    }
    return shared;
}

void retypeGuesses(const Context& context, std::vector<Candidate>& candidates, std::size_t first, std::size_t last) {
    const std::optional<EntityType> shared = sharedKnownType(candidates, first, last);
    if (!shared || *shared == EntityType::Treaty) {
        return;
    }
    // "Bruno, Ciano e Piero": beside small towns named like surnames, a lone given name stays a person; beside
    // regions, countries and cities it is one of them ("Emilia, Lombardia e Veneto").
    bool smallTownsOnly = *shared == EntityType::Place;
    for (std::size_t i = first; i < last && smallTownsOnly; ++i) {
        const Candidate& candidate = candidates[i];
        smallTownsOnly = candidate.typeIsGuess ||
                         (candidate.last - candidate.first == 1 && !isMajorPlaceWord(context, candidate.first));
    }
    for (std::size_t i = first; i < last; ++i) {
        const Candidate& candidate = candidates[i];
        const bool givenName = smallTownsOnly && candidate.last - candidate.first == 1 &&
                               context.isFirstName(candidate.first) && candidate.type == EntityType::Person;
        if (candidate.typeIsGuess && !givenName) {
            candidates[i].type = *shared;
        }
    }
}

} // namespace

void applyListConsistency(const Context& context, std::vector<Candidate>& candidates) {
    std::size_t start = 0;
    for (std::size_t i = 1; i <= candidates.size(); ++i) {
        if (i < candidates.size() && coordinated(context, candidates[i - 1], candidates[i])) {
            continue;
        }
        if (i - start > 1) {
            retypeGuesses(context, candidates, start, i);
        }
        start = i;
    }
}

} // namespace annalist::core::ner
