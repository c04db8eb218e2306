// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/place_nouns.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// Landforms whose lowercase noun belongs to the name after "di": "valle di Barak", "isola di Honshū".
bool isLandformNoun(std::string_view folded) {
    // Plurals are left out: "le valli del Delta del Po" are parts of a place named on its own.
    constexpr std::array<std::string_view, 14> kLandforms{"valle", "val",   "isola",    "isolotto", "penisola",
                                                          "lago",  "golfo", "baia",     "stretto",  "promontorio",
                                                          "monte", "fiume", "torrente", "deserto"};
    return std::find(kLandforms.begin(), kLandforms.end(), folded) != kLandforms.end();
}

bool isLowercase(const Context& context, std::size_t token) {
    return context.tokens()[token].isWord() && !context.isNameWord(token);
}

} // namespace

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

void absorbLandformNouns(const Context& context, std::vector<Candidate>& names) {
    const auto& tokens = context.tokens();
    for (Candidate& name : names) {
        // A full name the knowledge base knows is that person; a surname or a given name alone may be the place's.
        const bool knownPerson = name.type == EntityType::Person && name.entry != kNone && !name.surnameOnly;
        if ((name.type != EntityType::Place && name.type != EntityType::Person) || knownPerson || name.first < 2) {
            continue;
        }
        const std::size_t connector = name.first - 1;
        const std::size_t noun = name.first - 2;
        if (tokens[noun].sentence != tokens[name.first].sentence || !isLowercase(context, connector) ||
            !context.inList(WordList::Connector, connector) || !isLowercase(context, noun) ||
            !isLandformNoun(tokens[noun].folded)) {
            continue;
        }
        // The landform is not the town or the person it is named after: it keeps no link to their entry.
        name = Candidate{noun, name.last, EntityType::Place, kNone, Origin::Rule, 0.6, false};
    }
}

} // namespace annalist::core::ner
