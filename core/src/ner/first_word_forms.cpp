// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/first_word_forms.h"

#include "ner/place_rules.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace annalist::core::ner {

namespace {

/// True when a multi-word organisation may lend its first word as a short form.
bool canLendFirstWord(const Context& context, const Candidate& candidate) {
    if (candidate.type != EntityType::Organization || candidate.last - candidate.first < 2 ||
        !context.isNameWord(candidate.first) || context.tokens()[candidate.first].allCaps) {
        return false;
    }
    constexpr std::uint64_t kNeverShort =
        bitOf(WordList::Stopword) | bitOf(WordList::Determiner) | bitOf(WordList::Title) | bitOf(WordList::Demonym) |
        bitOf(WordList::Calendar) | bitOf(WordList::Compass) | bitOf(WordList::OrgHead) | bitOf(WordList::PlaceHead) |
        bitOf(WordList::TreatyHead) | bitOf(WordList::FirstName) | bitOf(WordList::NamePrefix) |
        bitOf(WordList::Common);
    const Token& first = context.tokens()[candidate.first];
    return (first.flags & kNeverShort) == 0 && !isKnownPlaceWord(context, first.folded);
}

} // namespace

void applyOrganisationFirstWords(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    // The organisation owning each first word; a word two different organisations open belongs to neither.
    std::vector<std::pair<std::string_view, const Candidate*>> owners;
    for (const Candidate& candidate : candidates) {
        if (!canLendFirstWord(context, candidate)) {
            continue;
        }
        const std::string_view word = tokens[candidate.first].folded;
        auto same = std::find_if(owners.begin(), owners.end(), [&](const auto& o) { return o.first == word; });
        if (same == owners.end()) {
            owners.emplace_back(word, &candidate);
        } else if (same->second != nullptr && context.foldedKey(same->second->first, same->second->last) !=
                                                  context.foldedKey(candidate.first, candidate.last)) {
            same->second = nullptr;
        }
    }
    if (owners.empty()) {
        return;
    }
    for (Candidate& candidate : candidates) {
        if (candidate.last - candidate.first != 1 || !candidate.typeIsGuess || candidate.entry != kNone ||
            candidate.type == EntityType::Organization) {
            continue;
        }
        const std::string_view word = tokens[candidate.first].folded;
        auto owner = std::find_if(owners.begin(), owners.end(), [&](const auto& o) { return o.first == word; });
        if (owner == owners.end() || owner->second == nullptr) {
            continue;
        }
        candidate.type = EntityType::Organization;
        candidate.typeIsGuess = false;
    }
}

} // namespace annalist::core::ner
