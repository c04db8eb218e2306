// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/initial_ends.h"

#include <string>

namespace annalist::core::ner {

namespace {

/// "Group B.", "Vitamin D.": a single capital after an ordinary word, not after a name ("George W.", "Iain M.") nor
/// another initial ("H. G."), is no initial of a person.
bool isLetterOfThing(const Context& context, std::size_t letter) {
    const auto& tokens = context.tokens();
    if (letter == 0 || tokens[letter - 1].sentence != tokens[letter].sentence) {
        return false;
    }
    const std::size_t before = letter - 1;
    constexpr std::uint64_t kNameLike = bitOf(WordList::Proper) | bitOf(WordList::FirstName) | bitOf(WordList::Surname);
    const Token& word = tokens[before];
    if (!word.isWord() || word.text.size() < 2 || (word.flags & kNameLike) != 0) {
        return false;
    }
    // "plan B.", "Group B.": a lowercase word or an ordinary word with a capital; an unlisted given name ("Iain M.")
    // is neither.
    return !word.capitalized || (word.flags & bitOf(WordList::Common)) != 0;
}

} // namespace

bool opensSentenceAfterInitials(const Context& context, std::size_t dot) {
    constexpr std::size_t kAgencyInitials = 5; // "W.H.O": three capitals and their dots
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
    // Two initials ("H.G. Wells", "J.K. Rowling") are a person's, and a surname may be an ordinary word.
    const std::string& initials = tokens[dot - 1].text;
    if (initials.find('.') != std::string::npos) {
        return initials.size() >= kAgencyInitials;
    }
    return isLetterOfThing(context, dot - 1);
}

} // namespace annalist::core::ner
