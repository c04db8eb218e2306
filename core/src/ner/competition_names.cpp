// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/competition_names.h"

#include "ner/name_cues.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// The capitalised head of a competition right before `first` ("Coppa Italia"), or npos. After a connector the
/// country is where the race is run, a place ("Gran Premio d'Italia").
std::size_t competitionHeadBefore(const Context& context, std::size_t first) {
    constexpr std::array<std::string_view, 5> kHeads{"coppa", "cup", "trofeo", "trophy", "supercoppa"};
    const std::size_t head = wordBefore(context, first);
    if (head == std::string::npos || !context.tokens()[head].capitalized ||
        std::find(kHeads.begin(), kHeads.end(), context.tokens()[head].folded) == kHeads.end()) {
        return std::string::npos;
    }
    return head;
}

} // namespace

void applyCompetitionNames(const Context& context, std::vector<Candidate>& candidates) {
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Candidate& place = candidates[i];
        if (place.type != EntityType::Place || place.entry == kNone) {
            continue;
        }
        const std::size_t head = competitionHeadBefore(context, place.first);
        if (head == std::string::npos) {
            continue;
        }
        // "Coppa | Italia": an event found before the place, ending at the head, takes the place in.
        const std::size_t last = place.last;
        const bool joined = i > 0 && candidates[i - 1].type == EntityType::Event && candidates[i - 1].last == head + 1;
        if (joined) {
            candidates[i - 1].last = last;
            candidates.erase(candidates.begin() + static_cast<std::ptrdiff_t>(i));
            --i;
            continue;
        }
        if (i > 0 && candidates[i - 1].last > head) {
            continue;
        }
        candidates[i] = Candidate{head, last, EntityType::Event, kNone, Origin::Rule, 0.6, false};
    }
}

} // namespace annalist::core::ner
