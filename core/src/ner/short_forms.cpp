// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/short_forms.h"

#include "ner/word_entries.h"

#include <algorithm>
#include <string_view>

namespace annalist::core::ner {

namespace {

struct Owner {
    std::string_view word; ///< folded last word
    const Candidate* full = nullptr;
};

/// True when `folded` names a known place on its own ("Madrid" of "Atletico Madrid").

bool canOwn(const Context& context, const Candidate& candidate) {
    if (candidate.last - candidate.first < 2 || !context.isNameWord(candidate.last - 1)) {
        return false;
    }
    const std::size_t last = candidate.last - 1;
    constexpr std::uint64_t kNeverShort = bitOf(WordList::Stopword) | bitOf(WordList::Title) |
                                          bitOf(WordList::Demonym) | bitOf(WordList::Calendar) |
                                          bitOf(WordList::Compass) | bitOf(WordList::Determiner);
    if ((context.tokens()[last].flags & kNeverShort) != 0) {
        return false;
    }
    if (candidate.type == EntityType::Person) {
        return !candidate.typeIsGuess;
    }
    constexpr std::uint64_t kNotOrgShort = bitOf(WordList::OrgHead) | bitOf(WordList::PlaceHead) |
                                           bitOf(WordList::TreatyHead) | bitOf(WordList::FirstName);
    return candidate.type == EntityType::Organization && (context.tokens()[last].flags & kNotOrgShort) == 0 &&
           !namesPlace(context.image(), context.tokens()[last].id);
}

/// Owners of each last word; a word two different names end in belongs to neither.
/// True when two candidates are the same folded words.
bool sameWords(const Context& context, const Candidate& a, const Candidate& b) {
    if (a.last - a.first != b.last - b.first) {
        return false;
    }
    for (std::size_t i = 0; i < a.last - a.first; ++i) {
        if (context.tokens()[a.first + i].folded != context.tokens()[b.first + i].folded) {
            return false;
        }
    }
    return true;
}

std::vector<Owner> owners(const Context& context, const std::vector<Candidate>& candidates) {
    std::vector<Owner> found;
    for (const Candidate& candidate : candidates) {
        if (!canOwn(context, candidate)) {
            continue;
        }
        const std::string_view word = context.tokens()[candidate.last - 1].folded;
        auto same = std::find_if(found.begin(), found.end(), [&](const Owner& o) { return o.word == word; });
        if (same == found.end()) {
            found.push_back(Owner{word, &candidate});
        } else if (same->full != nullptr && !sameWords(context, *same->full, candidate)) {
            same->full = nullptr;
        }
    }
    found.erase(std::remove_if(found.begin(), found.end(), [](const Owner& o) { return o.full == nullptr; }),
                found.end());
    return found;
}

/// A capitalised word standing alone: no capitalised word touches it in its sentence, other than an ordinary word
/// opening the sentence ("Afterwards Rovers").
bool standsAlone(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    constexpr std::uint64_t kOrdinary = bitOf(WordList::Stopword) | bitOf(WordList::Common);
    const bool before = i > 0 && tokens[i - 1].sentence == tokens[i].sentence && context.isNameWord(i - 1) &&
                        !(tokens[i - 1].sentenceInitial && (tokens[i - 1].flags & kOrdinary) != 0);
    const bool after =
        i + 1 < tokens.size() && tokens[i + 1].sentence == tokens[i].sentence && context.isNameWord(i + 1);
    return context.isNameWord(i) && !before && !after;
}

} // namespace

void addShortForms(const Context& context, std::vector<Candidate>& candidates) {
    const std::vector<Owner> found = owners(context, candidates);
    if (found.empty()) {
        return;
    }
    const auto& tokens = context.tokens();
    const std::size_t count = tokens.size();
    std::vector<unsigned char> covered(count, 0);
    // Names are a token or three long: a plain loop costs less than a call to fill them.
    for (const Candidate& candidate : candidates) {
        for (std::size_t i = candidate.first; i < candidate.last; ++i) {
            covered[i] = 1;
        }
    }
    std::vector<Candidate> added;
    for (std::size_t i = 0; i < count; ++i) {
        // Most tokens are no name word at all: that is the cheapest thing to ask first.
        const Token& token = tokens[i];
        if (!token.isWord() || !(token.capitalized || token.allCaps) || covered[i] != 0 || !standsAlone(context, i)) {
            continue;
        }
        const std::string_view word = token.folded;
        auto owner = std::find_if(found.begin(), found.end(), [&](const Owner& o) { return o.word == word; });
        if (owner == found.end()) {
            continue;
        }
        const Candidate& full = *owner->full;
        // A person's lone surname is linked to the full name by the entity linker; an organisation keeps its entry.
        const std::uint32_t entry = full.type == EntityType::Person ? kNone : full.entry;
        added.push_back(Candidate{i, i + 1, full.type, entry, Origin::Rule, 0.5, false});
    }
    if (added.empty()) {
        return;
    }
    candidates.insert(candidates.end(), added.begin(), added.end());
    sortByPosition(candidates);
}

} // namespace annalist::core::ner
