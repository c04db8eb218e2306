// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/saint_names.h"

#include "ner/name_cues.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

bool isSaintTitle(const Token& token) {
    constexpr std::array<std::string_view, 10> kTitles{"san",   "santa", "santo",  "sant'", "sant\u2019",
                                                       "santi", "saint", "sainte", "st",    "st."};
    return std::find(kTitles.begin(), kTitles.end(), token.folded) != kTitles.end();
}

bool foldedIn(const Context& context, std::size_t token, const auto& words) {
    return token != std::string::npos &&
           std::find(words.begin(), words.end(), context.tokens()[token].folded) != words.end();
}

/// "festa di San Giorgio", "feast of St Patrick", "dedicata a San Rocco", "dedicated to St Mary".
bool afterFeastOrDedication(const Context& context, std::size_t first) {
    constexpr std::array<std::string_view, 7> kFeasts{"festa",  "feste", "festività", "solennità",
                                                      "giorno", "feast", "day"};
    constexpr std::array<std::string_view, 7> kDedicated{"dedicata",   "dedicato",   "dedicate", "dedicati",
                                                         "intitolata", "intitolato", "dedicated"};
    constexpr std::array<std::string_view, 3> kOf{"di", "of", "del"};
    constexpr std::array<std::string_view, 3> kTo{"a", "ad", "to"};
    const std::size_t link = wordBefore(context, first);
    if (link == std::string::npos) {
        return false;
    }
    const std::size_t head = wordBefore(context, link);
    return (foldedIn(context, link, kOf) && foldedIn(context, head, kFeasts)) ||
           (foldedIn(context, link, kTo) && foldedIn(context, head, kDedicated));
}

} // namespace

void applySaintContext(const Context& context, std::vector<Candidate>& candidates) {
    for (Candidate& name : candidates) {
        const Token& head = context.tokens()[name.first];
        if (name.type != EntityType::Place || name.last - name.first < 2 || !isSaintTitle(head)) {
            continue;
        }
        const bool lowercase = context.language == "it" && !head.capitalized;
        if (lowercase || afterFeastOrDedication(context, name.first)) {
            name.type = EntityType::Person;
            name.entry = kNone;
            name.origin = Origin::Rule;
            name.typeIsGuess = false;
        }
    }
}

} // namespace annalist::core::ner
