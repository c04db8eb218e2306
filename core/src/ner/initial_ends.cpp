// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/initial_ends.h"

#include <string>

namespace annalist::core::ner {

bool opensSentenceAfterInitials(const Context& context, std::size_t dot) {
    constexpr std::size_t kShortestPlural = 4;
    constexpr std::uint64_t kNameLike = bitOf(WordList::Proper) | bitOf(WordList::FirstName) |
                                        bitOf(WordList::Surname) | bitOf(WordList::NameAbbreviation);
    const auto& tokens = context.tokens();
    const std::size_t next = dot + 1;
    if (dot == 0 || next >= tokens.size() || !tokens[next].isWord() || !tokens[next].capitalized ||
        tokens[next].allCaps) {
        return false;
    }
    const Token& word = tokens[next];
    if ((word.flags & bitOf(WordList::Common)) == 0 || (word.flags & kNameLike) != 0) {
        return false;
    }
    // "E.S.A": initials joined by dots; a single initial is one letter.
    const bool joined = tokens[dot - 1].text.find('.') != std::string::npos;
    return joined || (word.folded.size() >= kShortestPlural && word.folded.back() == 's');
}

} // namespace annalist::core::ner
