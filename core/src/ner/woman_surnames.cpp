// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/woman_surnames.h"

#include "ner/name_cues.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace annalist::core::ner {

bool isWomanSurnameAfterArticle(const Context& context, std::size_t token) {
    // "nella", "sulla" say where more often than whom, and are left out.
    constexpr std::array<std::string_view, 5> kFeminine{"la", "della", "alla", "dalla", "colla"};
    constexpr std::size_t kShortest = 4;
    constexpr std::uint64_t kNoSurname =
        bitOf(WordList::Stopword) | bitOf(WordList::Demonym) | bitOf(WordList::OrgHead) | bitOf(WordList::PlaceHead) |
        bitOf(WordList::Title) | bitOf(WordList::Calendar) | bitOf(WordList::Determiner) | bitOf(WordList::ThingNoun);
    if (context.language != "it") {
        return false;
    }
    const auto& tokens = context.tokens();
    const Token& word = tokens[token];
    if (!word.isWord() || !word.capitalized || word.allCaps || word.folded.size() < kShortest ||
        word.folded.back() != 'i' || (word.flags & kNoSurname) != 0 ||
        word.text.find_first_of("0123456789-") != std::string::npos) {
        return false;
    }
    // An ordinary word in -i ("Servizi", "Mercati") is a plural with a capital; a listed surname may be both.
    if (context.inList(WordList::Common, token) && !context.inList(WordList::Surname, token)) {
        return false;
    }
    const std::size_t before = wordBefore(context, token);
    if (before == std::string::npos || context.isNameWord(before)) {
        return false;
    }
    const std::string& article = tokens[before].folded;
    if (std::find(kFeminine.begin(), kFeminine.end(), article) == kFeminine.end()) {
        return false;
    }
    // "il segretario generale della Fabi", "la presidente della Cassa": after a title the name is the body it heads.
    constexpr std::size_t kTitleReach = 3;
    for (std::size_t distance = 1; article != "la" && distance <= kTitleReach; ++distance) {
        const std::size_t earlier = wordBefore(context, before, distance);
        if (earlier == std::string::npos || context.isNameWord(earlier)) {
            break;
        }
        if (context.inList(WordList::Title, earlier)) {
            return false;
        }
    }
    return true;
}

} // namespace annalist::core::ner
