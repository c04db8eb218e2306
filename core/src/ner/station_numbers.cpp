// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/station_numbers.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// The words radio and television stations are named by, before their number.
bool isStationWord(const Token& token) {
    constexpr std::array<std::string_view, 7> kStations{"radio", "rtl", "canale", "channel", "rete", "tv", "rai"};
    return token.isWord() && token.capitalized &&
           std::find(kStations.begin(), kStations.end(), std::string_view(token.folded)) != kStations.end();
}

/// Words after a number that make it a count or a time, not a station's number.
bool countsSomething(std::string_view word) {
    constexpr std::array<std::string_view, 20> kUnits{
        "ore",  "anni",  "anno",    "minuti", "giorni", "volte",  "mesi",  "settimane", "secondi", "hours",
        "hour", "years", "minutes", "days",   "times",  "months", "weeks", "per",       "%",       "mila"};
    return std::find(kUnits.begin(), kUnits.end(), word) != kUnits.end();
}

/// "102.5", "105", "4": the number right after the station word at `word`, in the same sentence, with a space
/// before it and no count after it. Returns the number's index, or 0.
std::size_t stationNumberAfter(const Context& context, std::size_t word) {
    constexpr std::size_t kLongestNumber = 5; // "102.5", "105.1"
    const auto& tokens = context.tokens();
    const std::size_t number = word + 1;
    if (number >= tokens.size() || tokens[number].kind != TokenKind::Number || !tokens[number].spaceBefore ||
        tokens[number].sentence != tokens[word].sentence || tokens[number].text.size() > kLongestNumber ||
        tokens[number].text.front() == '0') {
        return 0;
    }
    const std::size_t after = number + 1;
    if (after < tokens.size() && tokens[after].sentence == tokens[word].sentence &&
        (countsSomething(tokens[after].folded) ||
         (tokens[after].kind == TokenKind::Number && tokens[after].spaceBefore))) {
        return 0;
    }
    return number;
}

} // namespace

void applyStationNumbers(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    std::vector<Candidate> added;
    std::size_t next = 0; // index of the first candidate not before the token being read
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens[i + 1].kind != TokenKind::Number || !isStationWord(tokens[i])) {
            continue;
        }
        const std::size_t number = stationNumberAfter(context, i);
        if (number == 0) {
            continue;
        }
        while (next < candidates.size() && candidates[next].last <= i) {
            ++next;
        }
        if (next < candidates.size() && candidates[next].first <= i) {
            Candidate& name = candidates[next];
            // "BBC Radio", "Rtl", "Channel" (read as the sea): a name that ends in the station word takes the number.
            const bool single = name.last - name.first == 1;
            if (name.last != i + 1 || (name.type != EntityType::Organization && !single) ||
                (next + 1 < candidates.size() && candidates[next + 1].first <= number)) {
                continue;
            }
            if (name.type != EntityType::Organization) {
                name.type = EntityType::Organization;
                name.entry = kNone;
                name.surnameOnly = false;
            }
            name.last = number + 1;
            name.origin = Origin::Rule;
            name.typeIsGuess = false;
            continue;
        }
        if (next < candidates.size() && candidates[next].first <= number) {
            continue;
        }
        added.push_back(Candidate{i, number + 1, EntityType::Organization, kNone, Origin::Rule, 0.6, false});
    }
    if (!added.empty()) {
        candidates.insert(candidates.end(), added.begin(), added.end());
        sortByPosition(candidates);
    }
}

} // namespace annalist::core::ner
