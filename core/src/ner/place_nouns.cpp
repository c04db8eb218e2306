// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/place_nouns.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

bool isFacilityNounBeforeName(const Context& context, std::size_t token) {
    // Airports, stations and ports take the town's name; landforms ("lago di Garda", "golfo del Messico") and
    // buildings ("basilica di San Pietro") are named by the whole phrase and are not listed here.
    constexpr std::array<std::string_view, 10> kFacilities{"aeroporto", "aeroporti", "scalo",   "stazione", "stazioni",
                                                           "porto",     "porti",     "airport", "station",  "port"};
    const auto& tokens = context.tokens();
    if (token + 1 >= tokens.size() || context.isNameWord(token) || !tokens[token].isWord() ||
        tokens[token + 1].sentence != tokens[token].sentence || !context.inList(WordList::Connector, token + 1)) {
        return false;
    }
    return std::find(kFacilities.begin(), kFacilities.end(), tokens[token].folded) != kFacilities.end();
}

} // namespace annalist::core::ner
