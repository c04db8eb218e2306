// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/acronym_links.h"

#include <algorithm>
#include <cctype>

namespace annalist::core::ner {

namespace {

constexpr std::size_t kShortestAcronym = 2;
constexpr std::size_t kLongestAcronym = 7;

char upperAscii(char c) {
    return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
}

bool isFunctionWord(const Context& context, std::size_t i) {
    constexpr std::uint64_t kFunction =
        bitOf(WordList::Stopword) | bitOf(WordList::Determiner) | bitOf(WordList::Connector);
    return (context.tokens()[i].flags & kFunction) != 0 && !context.tokens()[i].capitalized;
}

/// The initials of a name's words and of the parts of its hyphenated ones, in capitals: of its capitalised words
/// only when `capitalsOnly`, else of every word but articles and prepositions ("Agenzia regionale per la protezione
/// ambientale" gives ARPA).
std::string initialsOf(const Context& context, const Candidate& name, bool capitalsOnly) {
    std::string initials;
    for (std::size_t i = name.first; i < name.last; ++i) {
        const Token& token = context.tokens()[i];
        if (!token.isWord() || isFunctionWord(context, i) || (capitalsOnly && !context.isNameWord(i))) {
            continue;
        }
        for (std::size_t k = 0; k < token.text.size(); ++k) {
            const auto c = static_cast<unsigned char>(token.text[k]);
            if ((k == 0 || token.text[k - 1] == '-') && std::isalpha(c) != 0) {
                initials.push_back(upperAscii(token.text[k]));
            }
        }
    }
    return initials;
}

bool isAcronymToken(const Context& context, const Candidate& candidate) {
    const Token& token = context.tokens()[candidate.first];
    return candidate.last - candidate.first == 1 && candidate.entry == kNone && token.allCaps &&
           token.text.size() >= kShortestAcronym && token.text.size() <= kLongestAcronym &&
           token.text.find_first_of("0123456789") == std::string::npos;
}

bool isFullOrganisation(const Candidate& candidate) {
    return candidate.type == EntityType::Organization && candidate.last - candidate.first >= 2;
}

bool spells(const Context& context, const Candidate& name, const std::string& acronym) {
    return initialsOf(context, name, true) == acronym || initialsOf(context, name, false) == acronym;
}

/// Index of the one organisation named in full whose initials the acronym spells, npos when none or several.
std::size_t spelledOrganisation(const Context& context, const std::vector<Candidate>& candidates,
                                const Candidate& acronym) {
    const std::string& text = context.tokens()[acronym.first].text;
    std::size_t found = std::string::npos;
    std::string foundKey;
    for (std::size_t j = 0; j < candidates.size(); ++j) {
        if (!isFullOrganisation(candidates[j]) || !spells(context, candidates[j], text)) {
            continue;
        }
        const std::string key = context.foldedKey(candidates[j].first, candidates[j].last);
        if (found != std::string::npos && key != foundKey) {
            return std::string::npos;
        }
        found = j;
        foundKey = key;
    }
    return found;
}

/// Capitals that no candidate covers, as one-word organisation candidates: "l'ARPA" spells an ordinary word ("arpa")
/// that the name rules leave out.
std::vector<Candidate> uncoveredCapitals(const Context& context, const std::vector<Candidate>& candidates) {
    std::vector<Candidate> words;
    std::size_t next = 0;
    for (std::size_t i = 0; i < context.tokens().size(); ++i) {
        while (next < candidates.size() && candidates[next].last <= i) {
            ++next;
        }
        const bool covered = next < candidates.size() && candidates[next].first <= i;
        const Candidate word{i, i + 1, EntityType::Organization, kNone, Origin::Rule, 0.6};
        if (!covered && context.tokens()[i].isWord() && isAcronymToken(context, word)) {
            words.push_back(word);
        }
    }
    return words;
}

} // namespace

void applyAcronymTypes(const Context& context, std::vector<Candidate>& candidates) {
    if (std::none_of(candidates.begin(), candidates.end(), isFullOrganisation)) {
        return;
    }
    std::vector<Candidate> spelled;
    for (const Candidate& word : uncoveredCapitals(context, candidates)) {
        if (spelledOrganisation(context, candidates, word) != std::string::npos) {
            spelled.push_back(word);
        }
    }
    for (Candidate& candidate : candidates) {
        if (candidate.type == EntityType::Organization || candidate.type == EntityType::Treaty ||
            !isAcronymToken(context, candidate) ||
            spelledOrganisation(context, candidates, candidate) == std::string::npos) {
            continue;
        }
        candidate.type = EntityType::Organization;
        candidate.typeIsGuess = false;
        candidate.surnameOnly = false;
    }
    if (!spelled.empty()) {
        candidates.insert(candidates.end(), spelled.begin(), spelled.end());
        sortByPosition(candidates);
    }
}

void linkAcronyms(const Context& context, const std::vector<Candidate>& candidates, std::vector<std::string>& keys) {
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (candidates[i].type != EntityType::Organization || !isAcronymToken(context, candidates[i])) {
            continue;
        }
        const std::size_t full = spelledOrganisation(context, candidates, candidates[i]);
        if (full != std::string::npos) {
            keys[i] = keys[full];
        }
    }
}

} // namespace annalist::core::ner
