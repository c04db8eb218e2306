// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/org_acronyms.h"

#include "ner/token_skip.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace annalist::core::ner {

namespace {

constexpr std::size_t kMaxAcronymBytes = 8;

bool isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
}

/// The token after a name when it is capitals alone between brackets in the name's sentence: "(PACE)".
std::size_t bracketedAcronymAfter(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    const std::size_t open = name.last;
    if (open + 2 >= tokens.size() || tokens[open].text != "(" || tokens[open + 2].text != ")") {
        return std::string::npos;
    }
    const Token& acronym = tokens[open + 1];
    const bool sameSentence = tokens[open + 2].sentence == tokens[name.first].sentence;
    // "(C3S)", "(H5N1)": capitals with digits are a code, left to the code rules.
    const bool hasDigit = acronym.text.find_first_of("0123456789") != std::string::npos;
    if (!sameSentence || !acronym.isWord() || !acronym.allCaps || hasDigit || acronym.text.size() > kMaxAcronymBytes) {
        return std::string::npos;
    }
    return open + 1;
}

/// True when the acronym spells the initials of the name's capitalised words and of the parts of its hyphenated
/// ones: "Robert Koch-Institut" gives RKI.
bool spellsInitials(const Context& context, const Candidate& name, const std::string& acronym) {
    std::string initials;
    for (std::size_t i = name.first; i < name.last; ++i) {
        const std::string& text = context.tokens()[i].text;
        if (!context.isNameWord(i)) {
            continue;
        }
        for (std::size_t k = 0; k < text.size(); ++k) {
            if ((k == 0 || text[k - 1] == '-') && isAsciiUpper(text[k])) {
                initials.push_back(text[k]);
            }
        }
    }
    return initials.size() >= 2 && initials == acronym;
}

bool covered(const std::vector<Candidate>& candidates, std::size_t token) {
    return std::any_of(candidates.begin(), candidates.end(),
                       [&](const Candidate& c) { return c.first <= token && token < c.last; });
}

/// "(SOLE)", "(MARE)": the acronym spelling a word or a place that a list knows is still the organisation's; a known
/// organisation keeps its identity.
void retypeAsAcronym(Candidate& candidate) {
    if (candidate.last - candidate.first != 1 || candidate.type == EntityType::Organization) {
        return;
    }
    candidate.type = EntityType::Organization;
    candidate.entry = kNone;
    candidate.typeIsGuess = false;
    candidate.surnameOnly = false;
}

Candidate acronymAt(std::size_t token) {
    return Candidate{token, token + 1, EntityType::Organization, kNone, Origin::Rule, 0.6};
}

} // namespace

void applyBracketedAcronyms(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    std::vector<std::string_view> acronyms;
    std::vector<Candidate> added;
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        Candidate& name = candidates[c];
        const std::size_t token = bracketedAcronymAfter(context, name);
        if (token == std::string::npos) {
            continue;
        }
        if (name.type == EntityType::Person && spellsInitials(context, name, tokens[token].text)) {
            name.type = EntityType::Organization;
        }
        if (name.type != EntityType::Organization) {
            continue;
        }
        acronyms.push_back(tokens[token].text);
        if (c + 1 < candidates.size() && candidates[c + 1].first == token) {
            retypeAsAcronym(candidates[c + 1]);
        } else {
            added.push_back(acronymAt(token));
        }
    }
    if (acronyms.empty()) {
        return;
    }
    // The same capitals elsewhere name the same organisation: "PACE ha denunciato".
    const auto capitals = [](const Token& token) { return token.isWord() && token.allCaps; };
    for (std::size_t i = nextTokenThat(tokens, 0, capitals); i < tokens.size();
         i = nextTokenThat(tokens, i + 1, capitals)) {
        const Token& token = tokens[i];
        if (std::find(acronyms.begin(), acronyms.end(), std::string_view(token.text)) == acronyms.end()) {
            continue;
        }
        const auto at = std::find_if(candidates.begin(), candidates.end(),
                                     [&](const Candidate& c) { return c.first <= i && i < c.last; });
        if (at != candidates.end()) {
            retypeAsAcronym(*at);
        } else if (!covered(added, i)) {
            added.push_back(acronymAt(i));
        }
    }
    candidates.insert(candidates.end(), added.begin(), added.end());
    sortByPosition(candidates);
}

} // namespace annalist::core::ner
