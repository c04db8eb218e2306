// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/town_qualifiers.h"

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

} // namespace annalist::core::ner
