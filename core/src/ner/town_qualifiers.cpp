// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/town_qualifiers.h"

#include "ner/name_cues.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace annalist::core::ner {

namespace {

bool endsWith(std::string_view word, std::string_view ending) {
    return word.size() >= ending.size() + 3 && word.substr(word.size() - ending.size()) == ending;
}

} // namespace

bool qualifiesItalianTown(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 12> kQualifiers{"terme",  "inferiore", "superiore", "marittima",
                                                           "marina", "scalo",     "lido",      "maggiore",
                                                           "minore", "vecchio",   "vecchia",   "nuova"};
    constexpr std::array<std::string_view, 9> kEndings{"ino", "ina", "ano", "ana", "ese", "ita", "ense", "ico", "ica"};
    const Token& word = context.tokens()[token];
    if (context.language != "it" || !word.capitalized || word.allCaps) {
        return false;
    }
    if (std::find(kQualifiers.begin(), kQualifiers.end(), word.folded) != kQualifiers.end()) {
        return true;
    }
    // A word some list knows (a given name, a surname, an ordinary word) says something else follows the town.
    constexpr std::uint64_t kListed = bitOf(WordList::Common) | bitOf(WordList::Proper) | bitOf(WordList::FirstName) |
                                      bitOf(WordList::Surname) | bitOf(WordList::OrgHead) | bitOf(WordList::Demonym);
    return (word.flags & kListed) == 0 && std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view ending) {
               return endsWith(word.folded, ending);
           });
}

bool namesPartOfItalianCity(const Context& context, std::size_t first, std::size_t last, const Candidate& known) {
    constexpr std::string_view kItalianCity = "city:IT:";
    if (context.language != "it" || known.first != first || known.last >= last || known.type != EntityType::Place ||
        known.entry == kNone || hasConnector(context, first, last)) {
        return false;
    }
    // A big city's name is hardly a given name in Italian; a village's may be one ("a Sandra Mondaini"). Curated
    // entries carry no population and name well-known places.
    constexpr std::uint32_t kBigCity = 100000;
    const EntryRecord& city = context.image().entry(known.entry);
    const std::string_view key = context.image().string(city.key);
    if (key.substr(0, kItalianCity.size()) != kItalianCity || (city.population != 0 && city.population < kBigCity)) {
        return false;
    }
    for (std::size_t i = known.last; i < last; ++i) {
        if (context.isFirstName(i)) {
            return false;
        }
    }
    return afterPlaceNoun(context, first) || precededByList(context, first, WordList::PlacePreposition, 1);
}

} // namespace annalist::core::ner
