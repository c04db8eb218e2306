// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/branch_rules.h"

#include <string_view>

namespace annalist::core::ner {

namespace {

/// A known Italian body that has local branches: an association, a union or a party (not a company, a club or an
/// institution of the state, which the knowledge base files under other kinds or with no country).
bool hasLocalBranches(const Context& context, const Candidate& name) {
    if (name.type != EntityType::Organization || name.entry == kNone) {
        return false;
    }
    const GazetteerImage& image = context.image();
    const EntryRecord& record = image.entry(name.entry);
    const std::string_view kind = image.string(record.kind);
    return image.string(record.country) == "IT" && (kind == "ngo" || kind == "other" || kind == "party");
}

/// A known Italian city or region written right after the body, with a space and nothing else between.
bool isAdjacentItalianPlace(const Context& context, const Candidate& body, const Candidate& place) {
    if (place.type != EntityType::Place || place.entry == kNone || place.first != body.last) {
        return false;
    }
    const auto& tokens = context.tokens();
    const Token& first = tokens[place.first];
    const GazetteerImage& image = context.image();
    const EntryRecord& record = image.entry(place.entry);
    const std::string_view key = image.string(record.key);
    const bool italian =
        (key.rfind("city:", 0) == 0 && image.string(record.country) == "IT") || key.rfind("region:IT-", 0) == 0;
    return first.spaceBefore && first.sentence == tokens[body.first].sentence && italian;
}

} // namespace

void mergeLocalBranches(const Context& context, std::vector<Candidate>& names) {
    mergeIntoOrganisations(names, [&](const Candidate& body, const Candidate& place) {
        return hasLocalBranches(context, body) && isAdjacentItalianPlace(context, body, place);
    });
}

} // namespace annalist::core::ner
