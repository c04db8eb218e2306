// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/name_extent.h"

#include "ner/person_rules.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

bool sameSentence(const Context& context, std::size_t a, std::size_t b) {
    return context.tokens()[a].sentence == context.tokens()[b].sentence;
}

bool isOpeningQuote(std::string_view text) {
    return text == "\"" || text == "\u201C" || text == "\u00AB";
}

bool isClosingQuote(std::string_view text) {
    return text == "\"" || text == "\u201D" || text == "\u00BB";
}

/// Index after the capitalised words from `from` on, at most `reach` of them, within the sentence of `from`.
std::size_t afterNameWords(const Context& context, std::size_t from, std::size_t reach) {
    std::size_t next = from;
    while (next < context.tokens().size() && next - from < reach && context.isNameWord(next) &&
           sameSentence(context, from, next) && !context.inList(WordList::Stopword, next)) {
        ++next;
    }
    return next;
}

/// "Giuseppe "Pippo" Calò", "Dwayne "The Rock" Johnson": the end of the surname after a nickname in quotes that
/// follows a given name; `person.last` when no such nickname follows.
std::size_t afterNickname(const Context& context, const Candidate& person) {
    constexpr std::size_t kNicknameWords = 3;
    constexpr std::size_t kSurnameWords = 2;
    const auto& tokens = context.tokens();
    const std::size_t open = person.last;
    if (person.type != EntityType::Person || !context.isFirstName(person.last - 1) || open + 3 >= tokens.size() ||
        !isOpeningQuote(tokens[open].text) || !sameSentence(context, person.first, open + 3)) {
        return person.last;
    }
    std::size_t close = open + 1;
    while (close < tokens.size() && close - open <= kNicknameWords && context.isNameWord(close)) {
        ++close;
    }
    if (close == open + 1 || close + 1 >= tokens.size() || !isClosingQuote(tokens[close].text) ||
        !sameSentence(context, open, close + 1)) {
        return person.last;
    }
    const std::size_t end = afterNameWords(context, close + 1, kSurnameWords);
    return end > close + 1 ? end : person.last;
}

/// "Plinio il Vecchio", "Lorenzo il Magnifico", "Pliny the Elder": an epithet after an article ends a person's
/// name; `person.last` when none follows.
std::size_t afterEpithet(const Context& context, const Candidate& person) {
    constexpr std::array<std::string_view, 27> kEpithets{
        "vecchio",   "giovane",   "grande",      "magno",   "magnifico", "terribile", "conquistatore",
        "saggio",    "calvo",     "breve",       "bello",   "moro",      "pio",       "santo",
        "taciturno", "cattolico", "elder",       "younger", "great",     "conqueror", "terrible",
        "wise",      "bald",      "magnificent", "pious",   "lionheart", "confessor"};
    const auto& tokens = context.tokens();
    const std::size_t article = person.last;
    const std::size_t epithet = article + 1;
    if (person.type != EntityType::Person || epithet >= tokens.size() || !sameSentence(context, article, epithet) ||
        context.isNameWord(article) || !context.inList(WordList::Determiner, article) || !tokens[epithet].capitalized ||
        tokens[epithet].allCaps) {
        return person.last;
    }
    const bool known = std::find(kEpithets.begin(), kEpithets.end(), tokens[epithet].folded) != kEpithets.end();
    return known ? epithet + 1 : person.last;
}

/// "Ono San Pietro", "Sesto San Giovanni": a one-word town and a saint's name right after it, with nothing between,
/// are one town; a country or a major city before a saint ("Roma San Pietro") names a part of it, a place too.
std::size_t afterSaintTown(const Context& context, const Candidate& place, const std::vector<Candidate>& names,
                           std::size_t index) {
    if (place.type != EntityType::Place || place.last - place.first != 1 || index + 1 >= names.size()) {
        return place.last;
    }
    const Candidate& next = names[index + 1];
    const bool saint = next.first == place.last && context.inList(WordList::NamePrefix, next.first) &&
                       context.isNameWord(next.first) && next.last - next.first >= 2 &&
                       (next.type == EntityType::Place || next.type == EntityType::Person) &&
                       sameSentence(context, place.first, next.first) && !isMajorPlaceWord(context, place.first);
    return saint ? next.last : place.last;
}

} // namespace

void widenNames(const Context& context, std::vector<Candidate>& names) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        Candidate& name = names[i];
        std::size_t last = afterNickname(context, name);
        if (last == name.last) {
            last = afterEpithet(context, name);
        }
        if (last == name.last) {
            last = afterSaintTown(context, name, names, i);
        }
        if (last == name.last) {
            continue;
        }
        name.last = last;
        name.entry = kNone;
        name.origin = Origin::Rule;
        name.typeIsGuess = false;
        name.surnameOnly = false;
        // Names inside the wider one go.
        const std::size_t first = name.first;
        const auto covered = [&](const Candidate& other) {
            return &other != &names[i] && other.first >= first && other.first < last;
        };
        for (std::size_t j = i + 1; j < names.size() && names[j].first < last;) {
            if (covered(names[j])) {
                names.erase(names.begin() + static_cast<std::ptrdiff_t>(j));
            } else {
                ++j;
            }
        }
    }
}

} // namespace annalist::core::ner
