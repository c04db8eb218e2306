// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/place_demonyms.h"

#include <algorithm>
#include <array>

namespace annalist::core::ner {

namespace {

bool endsWith(std::string_view word, std::string_view ending) {
    return word.size() > ending.size() && word.substr(word.size() - ending.size()) == ending;
}

/// True when a known place other than a street or a building has the name `stem`.
bool namesPlace(const Context& context, std::string_view stem) {
    const std::vector<GazetteerEntry> entries = context.gazetteer.find(stem);
    return std::any_of(entries.begin(), entries.end(),
                       [](const GazetteerEntry& entry) { return entry.type == EntityType::Place && !entry.partial; });
}

bool isDemonym(const Context& context, std::string_view folded) {
    const std::vector<std::string> stems = demonymStems(folded);
    return std::any_of(stems.begin(), stems.end(), [&](const std::string& stem) { return namesPlace(context, stem); });
}

} // namespace

std::vector<std::string> demonymStems(std::string_view folded) {
    // Each ending, and what the place's name ends with in its stead: "Tasmani|ans" → "Tasmani|a", "Kentuck|ians" →
    // "Kentuck|y", "Queensland|ers" → "Queensland", "Texa|ns" → "Texa|s", "Ohio|ans" → "Ohio".
    struct Ending {
        std::string_view ending;
        std::array<std::string_view, 3> replacements;
    };
    constexpr std::array<Ending, 6> kEndings{{{"ians", {"ia", "y", "ie"}},
                                              {"ian", {"ia", "y", "ie"}},
                                              {"ans", {"a", "as", ""}},
                                              {"an", {"a", "as", ""}},
                                              {"ers", {"", "e", ""}},
                                              {"er", {"", "e", ""}}}};
    std::vector<std::string> stems;
    constexpr std::size_t kShortestStem = 3;
    for (const Ending& ending : kEndings) {
        if (!endsWith(folded, ending.ending) || folded.size() - ending.ending.size() < kShortestStem) {
            continue;
        }
        const std::string_view root = folded.substr(0, folded.size() - ending.ending.size());
        for (const std::string_view replacement : ending.replacements) {
            std::string stem = std::string(root) + std::string(replacement);
            if (std::find(stems.begin(), stems.end(), stem) == stems.end()) {
                stems.push_back(std::move(stem));
            }
        }
    }
    return stems;
}

void dropPlaceDemonyms(const Context& context, std::vector<Candidate>& candidates) {
    if (context.language != "en") {
        return;
    }
    const auto& tokens = context.tokens();
    const auto demonym = [&](const Candidate& c) {
        // "Adrian", "Roman", "Morgan": a first name or a surname with such an ending is no demonym.
        return c.last - c.first == 1 && c.entry == kNone && c.type != EntityType::Treaty && !tokens[c.first].allCaps &&
               !context.isFirstName(c.first) && !context.inList(WordList::Surname, c.first) &&
               isDemonym(context, tokens[c.first].folded);
    };
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(), demonym), candidates.end());
}

} // namespace annalist::core::ner
