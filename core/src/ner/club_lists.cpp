// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/club_lists.h"

#include "ner/match_rules.h"
#include "ner/word_entries.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

// Marks and words that join the members of a list: "Roma, Catania e Palermo", "Milan - Lazio".
constexpr std::array<std::string_view, 7> kJoiners{",", "e", "ed", "and", "-", "\u2013", "&"};

// Words of a club's description in the knowledge base: "società calcistica", "football club".
constexpr std::array<std::string_view, 4> kClubDescriptions{"club", "calcistic", "squadra", "team"};

bool isKnownClub(const Context& context, const Candidate& name) {
    if (name.type != EntityType::Organization || name.entry == kNone) {
        return false;
    }
    const std::string_view description = context.image().string(context.image().entry(name.entry).description);
    return std::any_of(kClubDescriptions.begin(), kClubDescriptions.end(),
                       [&](std::string_view word) { return description.find(word) != std::string_view::npos; });
}

/// A one-word town an earlier rule made a club: "nella Roma", "il Parma".
bool isTownClub(const Context& context, const Candidate& name) {
    return name.type == EntityType::Organization && name.origin == Origin::Rule && name.entry == kNone &&
           name.last - name.first == 1 && namesPlace(context.image(), context.tokens()[name.first].id);
}

/// A town or a region the gazetteer knows, not a country.
bool isTown(const Context& context, const Candidate& name) {
    if (name.type != EntityType::Place || name.entry == kNone) {
        return false;
    }
    return !isNation(context.image().string(context.image().entry(name.entry).key));
}

/// True when only list marks and conjunctions stand between two names of one sentence.
bool joined(const Context& context, const Candidate& left, const Candidate& right) {
    const auto& tokens = context.tokens();
    if (right.first <= left.last || right.first - left.last > 2 ||
        tokens[left.first].sentence != tokens[right.first].sentence) {
        return false;
    }
    for (std::size_t i = left.last; i < right.first; ++i) {
        if (!isOneOf(tokens[i].folded, kJoiners)) {
            return false;
        }
    }
    return true;
}

} // namespace

void applyClubLists(const Context& context, std::vector<Candidate>& candidates) {
    std::size_t start = 0;
    while (start < candidates.size()) {
        std::size_t end = start + 1;
        while (end < candidates.size() && joined(context, candidates[end - 1], candidates[end])) {
            ++end;
        }
        if (end - start >= 2) {
            const bool club =
                std::any_of(candidates.begin() + static_cast<std::ptrdiff_t>(start),
                            candidates.begin() + static_cast<std::ptrdiff_t>(end), [&](const Candidate& name) {
                                return isTownClub(context, name) || isKnownClub(context, name);
                            });
            const bool venue = afterPlacePreposition(context, candidates[start].first);
            for (std::size_t k = start; club && !venue && k < end; ++k) {
                Candidate& name = candidates[k];
                if (isTown(context, name)) {
                    name = Candidate{name.first, name.last, EntityType::Organization, kNone, Origin::Rule, 0.6, false};
                }
            }
        }
        start = end;
    }
}

} // namespace annalist::core::ner
