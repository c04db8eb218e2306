// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/street_names.h"

#include "ner/name_cues.h"
#include "ner/token_skip.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

bool foldedIn(const Token& token, const auto& words) {
    return std::find(words.begin(), words.end(), token.folded) != words.end();
}

/// "della", "dei", "dell'": the connector between a street word and its name.
bool isStreetConnector(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 10> kConnectors{"di",    "del",   "della", "dei",   "degli",
                                                           "delle", "dello", "dell'", "dell’", "d'"};
    return !context.isNameWord(token) && foldedIn(context.tokens()[token], kConnectors);
}

/// "XX Settembre", "25 Aprile", "IV Novembre": a date that names a street, its number then a capitalised month.
std::size_t dateNameEnd(const Context& context, std::size_t token) {
    const auto& tokens = context.tokens();
    if (token + 1 >= tokens.size() || tokens[token + 1].sentence != tokens[token].sentence ||
        !tokens[token + 1].capitalized || !context.inList(WordList::Calendar, token + 1)) {
        return token;
    }
    const Token& number = tokens[token];
    const bool numeral = number.kind == TokenKind::Number ||
                         (number.allCaps && number.text.find_first_not_of("IVXL") == std::string::npos);
    return numeral ? token + 2 : token;
}

bool sameSentence(const Context& context, std::size_t a, std::size_t b) {
    return context.tokens()[a].sentence == context.tokens()[b].sentence;
}

/// The end of a street's name that starts at `from`: capitalised words, and connectors followed by one.
std::size_t nameEnd(const Context& context, std::size_t from) {
    const auto& tokens = context.tokens();
    std::size_t end = from;
    while (end < tokens.size() && sameSentence(context, end, from)) {
        if (context.isNameWord(end)) {
            ++end;
        } else if (end > from && end + 1 < tokens.size() && isStreetConnector(context, end) &&
                   context.isNameWord(end + 1) && sameSentence(context, end + 1, from)) {
            end += 2;
        } else {
            break;
        }
    }
    return end;
}

/// A lowercase street word that may take a connector: "largo" and "corso" then mean offshore and during.
bool opensStreetName(const Context& context, std::size_t token, bool connector) {
    const Token& word = context.tokens()[token];
    return word.isWord() && !context.isNameWord(token) && context.inList(WordList::StreetPrefix, token) &&
           !(connector && (word.folded == "largo" || word.folded == "corso"));
}

/// True when a place already found holds the street ("piazza della Signoria" from the knowledge base).
bool heldByPlace(const std::vector<Candidate>& candidates, std::size_t first, std::size_t last) {
    return std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& candidate) {
        return candidate.type == EntityType::Place && candidate.first <= first && last <= candidate.last;
    });
}

/// "la piazza principale del Cairo": a known town or country after the connector is whose street or square it is.
bool ownedByKnownPlace(const std::vector<Candidate>& candidates, std::size_t first, std::size_t last) {
    return std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& candidate) {
        return candidate.type == EntityType::Place && candidate.entry != kNone && candidate.first == first &&
               candidate.last == last;
    });
}

} // namespace

void applyStreetNames(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    bool added = false;
    // The list's bit first: it rules out almost every token at once.
    const auto prefix = [](const Token& token) { return (token.flags & bitOf(WordList::StreetPrefix)) != 0; };
    for (std::size_t i = nextTokenThat(tokens, 0, prefix); i + 2 < tokens.size();
         i = nextTokenThat(tokens, i + 1, prefix)) {
        if (!opensStreetName(context, i, false) || !sameSentence(context, i, i + 2)) {
            continue;
        }
        std::size_t last = dateNameEnd(context, i + 1);
        if (last == i + 1 && isStreetConnector(context, i + 1) && context.isNameWord(i + 2) &&
            opensStreetName(context, i, true)) {
            last = nameEnd(context, i + 2);
            if (ownedByKnownPlace(candidates, i + 2, last)) {
                continue;
            }
        }
        if (last == i + 1 || heldByPlace(candidates, i, last)) {
            continue;
        }
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&](const Candidate& c) { return c.first < last && i < c.last; }),
                         candidates.end());
        candidates.push_back(Candidate{i, last, EntityType::Place, kNone, Origin::Rule, 0.7, false});
        added = true;
        i = last - 1;
    }
    if (added) {
        sortByPosition(candidates);
    }
}

} // namespace annalist::core::ner
