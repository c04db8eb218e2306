// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/place_code_rules.h"

#include <algorithm>
#include <optional>

namespace annalist::core::ner {

namespace {

/// Datelines open a text: only its first sentences may hold one.
constexpr std::size_t kDatelineSentences = 3;

bool isDash(const std::string& mark) {
    return mark == "-" || mark == "\u2013" || mark == "\u2014";
}

/// True when token `i` is two capital letters between brackets in one sentence.
bool isBracketedCode(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    if (i < 2 || i + 1 >= tokens.size() || !tokens[i].allCaps || tokens[i].end - tokens[i].start != 2) {
        return false;
    }
    return tokens[i - 1].text == "(" && tokens[i + 1].text == ")" && tokens[i - 1].sentence == tokens[i].sentence &&
           tokens[i + 1].sentence == tokens[i].sentence;
}

bool isInCapitals(const Context& context, const Candidate& name) {
    for (std::size_t i = name.first; i < name.last; ++i) {
        if (context.tokens()[i].isWord() && !context.tokens()[i].allCaps) {
            return false;
        }
    }
    return true;
}

/// True when what follows tokens up to `next` says they are a dateline: "(", a dash, or a comma and a place.
bool endsDateline(const Context& context, const std::vector<Candidate>& candidates, std::size_t next) {
    const auto& tokens = context.tokens();
    if (next >= tokens.size() || tokens[next].isWord()) {
        return false;
    }
    const std::string& mark = tokens[next].text;
    if (mark == "(" || isDash(mark)) {
        return true;
    }
    return mark == "," && std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& place) {
               return place.first == next + 1 && place.type == EntityType::Place;
           });
}

/// The end of the run of words in capitals that opens the sentence at `first` (at most three), or `first`.
std::size_t capitalsRunEnd(const Context& context, std::size_t first) {
    constexpr std::size_t kLongest = 3;
    const auto& tokens = context.tokens();
    std::size_t last = first;
    while (last < tokens.size() && last - first < kLongest && tokens[last].sentence == tokens[first].sentence &&
           tokens[last].isWord() && tokens[last].allCaps) {
        ++last;
    }
    return last;
}

/// A dateline city the finder left out (an unknown word in capitals opening the text): a new place candidate.
std::optional<Candidate> uncoveredDateline(const Context& context, const std::vector<Candidate>& candidates,
                                           std::size_t first) {
    constexpr std::size_t kAcronymLength = 5;
    const auto& tokens = context.tokens();
    const std::size_t last = capitalsRunEnd(context, first);
    // Datelines open a text; a short word in capitals alone may be an acronym ("NASA - ...") rather than a city.
    const bool acronymLike = last == first + 1 && tokens[first].end - tokens[first].start <= kAcronymLength &&
                             tokens[first].text.find('-') == std::string::npos;
    if (tokens[first].sentence >= kDatelineSentences || acronymLike) {
        return std::nullopt;
    }
    const bool covered = std::any_of(candidates.begin(), candidates.end(),
                                     [&](const Candidate& c) { return c.first < last && first < c.last; });
    if (last == first || covered || !endsDateline(context, candidates, last)) {
        return std::nullopt;
    }
    return Candidate{first, last, EntityType::Place, kNone, Origin::Rule, 0.6, false};
}

/// The token after "CITY (Agency) -" when the sentence at `first` opens with a dateline, else `first`.
std::size_t afterDatelineDash(const std::vector<Token>& tokens, std::size_t first) {
    constexpr std::size_t kLongest = 8;
    std::size_t at = first;
    while (at < tokens.size() && at - first < kLongest && tokens[at].sentence == tokens[first].sentence &&
           tokens[at].isWord() && tokens[at].allCaps) {
        ++at;
    }
    if (at == first) {
        return first;
    }
    if (at < tokens.size() && tokens[at].text == "(") {
        while (at < tokens.size() && at - first < kLongest && tokens[at].text != ")") {
            ++at;
        }
        ++at;
    }
    const bool dash = at + 1 < tokens.size() && isDash(tokens[at].text) &&
                      tokens[at + 1].sentence == tokens[first].sentence && tokens[at + 1].isWord();
    return dash ? at + 1 : first;
}

} // namespace

void markDatelineOpenings(std::vector<Token>& tokens) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i == 0 || tokens[i - 1].sentence != tokens[i].sentence) {
            tokens[afterDatelineDash(tokens, i)].sentenceInitial = true;
        }
    }
}

bool isDatelineCity(const Context& context, const std::vector<Candidate>& candidates, const Candidate& name) {
    return context.tokens()[name.first].sentenceInitial && isInCapitals(context, name) &&
           endsDateline(context, candidates, name.last);
}

void applyDatelines(const Context& context, std::vector<Candidate>& candidates) {
    for (Candidate& name : candidates) {
        if (name.origin != Origin::Rule || name.type == EntityType::Place ||
            !isDatelineCity(context, candidates, name)) {
            continue;
        }
        name.type = EntityType::Place;
        name.confidence = 0.6;
        name.typeIsGuess = false;
    }
    std::vector<Candidate> added;
    const auto& tokens = context.tokens();
    // Sentences are numbered in text order, and datelines open one of the first (see uncoveredDateline).
    for (std::size_t i = 0; i < tokens.size() && tokens[i].sentence < kDatelineSentences; ++i) {
        const bool opensSentence = i == 0 || tokens[i - 1].sentence != tokens[i].sentence;
        if (opensSentence) {
            if (auto city = uncoveredDateline(context, candidates, i)) {
                added.push_back(*city);
            }
        }
    }
    if (!added.empty()) {
        candidates.insert(candidates.end(), added.begin(), added.end());
        sortByPosition(candidates);
    }
}

void applyPlaceCodes(const Context& context, std::vector<Candidate>& candidates) {
    std::vector<Candidate> added;
    for (std::size_t at = 0; at < candidates.size(); ++at) {
        const Candidate& place = candidates[at];
        const std::size_t code = place.last + 1;
        if (place.type != EntityType::Place || !isBracketedCode(context, code)) {
            continue;
        }
        const bool next = at + 1 < candidates.size() && candidates[at + 1].first == code;
        if (next && candidates[at + 1].last == code + 1) {
            candidates[at + 1] = Candidate{code, code + 1, EntityType::Place, kNone, Origin::Rule, 0.6, false};
        } else if (!next) {
            added.push_back(Candidate{code, code + 1, EntityType::Place, kNone, Origin::Rule, 0.6, false});
        }
    }
    if (added.empty()) {
        return;
    }
    candidates.insert(candidates.end(), added.begin(), added.end());
    sortByPosition(candidates);
}

} // namespace annalist::core::ner
