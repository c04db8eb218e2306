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

/// The initials of every organisation the text names in full, worked out once per text.
class OrganisationInitials {
public:
    OrganisationInitials(const Context& context, const std::vector<Candidate>& candidates)
        : m_context(context), m_candidates(candidates) {
        for (std::size_t j = 0; j < candidates.size(); ++j) {
            if (!isFullOrganisation(candidates[j])) {
                continue;
            }
            std::string capitals = initialsOf(context, candidates[j], true);
            std::string words = initialsOf(context, candidates[j], false);
            if (words != capitals) {
                m_initials.emplace_back(std::move(words), j);
            }
            m_initials.emplace_back(std::move(capitals), j);
        }
    }

    /// Index of the one organisation whose initials `acronym` spells, npos when none or several.
    [[nodiscard]] std::size_t spelledBy(const std::string& acronym) const {
        std::size_t found = std::string::npos;
        std::string foundKey;
        for (const auto& [initials, index] : m_initials) {
            if (initials != acronym || index == found) {
                continue;
            }
            std::string key = m_context.foldedKey(m_candidates[index].first, m_candidates[index].last);
            if (found != std::string::npos && key != foundKey) {
                return std::string::npos;
            }
            found = index;
            foundKey = std::move(key);
        }
        return found;
    }

private:
    const Context& m_context;
    const std::vector<Candidate>& m_candidates;
    std::vector<std::pair<std::string, std::size_t>> m_initials;
};

bool hasAcronymWord(const Context& context) {
    return std::any_of(context.tokens().begin(), context.tokens().end(), [](const Token& token) {
        return token.isWord() && token.allCaps && token.text.size() >= kShortestAcronym &&
               token.text.size() <= kLongestAcronym;
    });
}

/// Capitals that no candidate covers, as one-word organisation candidates: "l'ARPA" spells an ordinary word ("arpa")
/// that the name rules leave out.
std::vector<Candidate> uncoveredCapitals(const Context& context, const std::vector<Candidate>& candidates) {
    std::vector<Candidate> words;
    std::size_t next = 0;
    const auto& tokens = context.tokens();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        // Only a word in capitals may be an acronym: the others need no look at the candidates.
        if (!tokens[i].isWord() || !tokens[i].allCaps) {
            continue;
        }
        while (next < candidates.size() && candidates[next].last <= i) {
            ++next;
        }
        const bool covered = next < candidates.size() && candidates[next].first <= i;
        const Candidate word{i, i + 1, EntityType::Organization, kNone, Origin::Rule, 0.6};
        if (!covered && isAcronymToken(context, word)) {
            words.push_back(word);
        }
    }
    return words;
}

} // namespace

void applyAcronymTypes(const Context& context, std::vector<Candidate>& candidates) {
    if (std::none_of(candidates.begin(), candidates.end(), isFullOrganisation) || !hasAcronymWord(context)) {
        return;
    }
    const OrganisationInitials initials(context, candidates);
    std::vector<Candidate> spelled;
    for (const Candidate& word : uncoveredCapitals(context, candidates)) {
        if (initials.spelledBy(context.tokens()[word.first].text) != std::string::npos) {
            spelled.push_back(word);
        }
    }
    for (Candidate& candidate : candidates) {
        if (candidate.type == EntityType::Organization || candidate.type == EntityType::Treaty ||
            !isAcronymToken(context, candidate) ||
            initials.spelledBy(context.tokens()[candidate.first].text) == std::string::npos) {
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
    const auto isLinkable = [&](const Candidate& candidate) {
        return candidate.type == EntityType::Organization && isAcronymToken(context, candidate);
    };
    if (std::none_of(candidates.begin(), candidates.end(), isLinkable)) {
        return;
    }
    const OrganisationInitials initials(context, candidates);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (!isLinkable(candidates[i])) {
            continue;
        }
        const std::size_t full = initials.spelledBy(context.tokens()[candidates[i].first].text);
        if (full != std::string::npos) {
            keys[i] = keys[full];
        }
    }
}

} // namespace annalist::core::ner
