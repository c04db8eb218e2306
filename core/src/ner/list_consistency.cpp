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

/// True when a word left out of the candidates may still be a name in a list: written with a capital inside the
/// sentence, and no function word, title, month or nationality.
bool mayBeListedName(const Context& context, std::size_t i) {
    constexpr std::uint64_t kNever = bitOf(WordList::Stopword) | bitOf(WordList::Determiner) | bitOf(WordList::Title) |
                                     bitOf(WordList::Calendar) | bitOf(WordList::Demonym) | bitOf(WordList::Connector);
    const Token& token = context.tokens()[i];
    return context.isNameWord(i) && !token.sentenceInitial && (token.flags & kNever) == 0 &&
           (i + 1 >= context.tokens().size() || !context.isNameWord(i + 1));
}

bool isListJoiner(const Context& context, std::size_t i) {
    const Token& token = context.tokens()[i];
    return token.text == "," ||
           (token.isWord() && !context.isNameWord(i) && context.inList(WordList::OrgConnector, i) &&
            !context.inList(WordList::Connector, i) && token.text != "\u00e8");
}

/// "Microsoft, Alphabet and Amazon", "Eni, Poste e Terna": a capitalised word that the name rules left out (an
/// ordinary word too) between two known names of one kind, joined to both by list marks, is a name of that kind.
std::vector<Candidate> listGaps(const Context& context, const std::vector<Candidate>& candidates) {
    std::vector<Candidate> gaps;
    const auto& tokens = context.tokens();
    for (std::size_t k = 0; k + 1 < candidates.size(); ++k) {
        const Candidate& left = candidates[k];
        const Candidate& right = candidates[k + 1];
        const std::size_t word = left.last + 1;
        const bool shape = right.first == left.last + 3 && isListJoiner(context, left.last) &&
                           isListJoiner(context, word + 1) &&
                           tokens[left.first].sentence == tokens[right.first].sentence;
        const bool sameKnownType = !left.typeIsGuess && !right.typeIsGuess && left.type == right.type &&
                                   (left.type == EntityType::Organization || left.type == EntityType::Place);
        if (shape && sameKnownType && mayBeListedName(context, word)) {
            gaps.push_back(Candidate{word, word + 1, left.type, kNone, Origin::Rule, 0.5, true});
        }
    }
    return gaps;
}

} // namespace

void applyListConsistency(const Context& context, std::vector<Candidate>& candidates) {
    if (std::vector<Candidate> gaps = listGaps(context, candidates); !gaps.empty()) {
        candidates.insert(candidates.end(), gaps.begin(), gaps.end());
        sortByPosition(candidates);
    }
    std::size_t start = 0;
    for (std::size_t i = 1; i <= candidates.size(); ++i) {
        if (i < candidates.size() && coordinated(context, candidates[i - 1], candidates[i])) {
            continue;
        }
        // "di Wikimedia, Mario Bianchi": two names and a comma alone are a name and its apposition, not a list.
        const bool apposition = i - start == 2 && context.tokens()[candidates[start].last].text == ",";
        if (i - start > 1 && !apposition) {
            retypeGuesses(context, candidates, start, i);
        }
        start = i;
    }
}

} // namespace annalist::core::ner
