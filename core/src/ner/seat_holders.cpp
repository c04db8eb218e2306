// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/seat_holders.h"

#include "ner/name_cues.h"
#include "ner/surname_cues.h"
#include "ner/town_qualifiers.h"

#include <algorithm>
#include <string>

namespace annalist::core::ner {

bool isSeatBeforeHolder(const Context& context, std::size_t first, std::size_t last, const Candidate& known) {
    constexpr std::size_t kLongestName = 3;
    constexpr std::uint64_t kNoHolder =
        bitOf(WordList::PlaceHead) | bitOf(WordList::OrgHead) | bitOf(WordList::Compass) | bitOf(WordList::Stopword) |
        bitOf(WordList::Demonym) | bitOf(WordList::Title) | bitOf(WordList::Calendar) | bitOf(WordList::Determiner);
    if (known.type != EntityType::Place || known.first != first || known.last >= last ||
        last - known.last > kLongestName || !followsTitleOf(context, first) ||
        hasConnector(context, known.last, last) || qualifiesItalianTown(context, known.last)) {
        return false;
    }
    const auto& tokens = context.tokens();
    for (std::size_t i = known.last; i < last; ++i) {
        const Token& word = tokens[i];
        // "del Merano WineFestival": a capital inside the word says a brand or an event, no family.
        const bool innerCapital =
            std::any_of(word.text.begin() + 1, word.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        // A name word that a dictionary knows only as an ordinary word may be part of a club's name.
        const bool ordinary =
            context.inList(WordList::Common, i) && !context.inList(WordList::Surname, i) && !context.isFirstName(i);
        if (!word.capitalized || word.allCaps || innerCapital || (word.flags & kNoHolder) != 0 || ordinary ||
            word.text.find_first_of("0123456789") != std::string::npos) {
            return false;
        }
    }
    return true;
}

} // namespace annalist::core::ner
