// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/company_markets.h"

#include "ner/branch_rules.h"

#include <string_view>

namespace annalist::core::ner {

namespace {

/// A company or a news group of the knowledge base.
bool isKnownCompany(const Context& context, const Candidate& name) {
    if (name.type != EntityType::Organization || name.entry == kNone) {
        return false;
    }
    const GazetteerImage& image = context.image();
    const std::string_view kind = image.string(image.entry(name.entry).kind);
    return kind == "company" || kind == "news";
}

/// "UK", "France", "Italia", "Europe", "Asia": a country, or a world region by its UN code, written with a capital
/// right after the company, with a space and nothing else between.
bool isAdjacentMarket(const Context& context, const Candidate& company, const Candidate& place) {
    if (place.type != EntityType::Place || place.entry == kNone || place.first != company.last) {
        return false;
    }
    const auto& tokens = context.tokens();
    const Token& first = tokens[place.first];
    if (!first.spaceBefore || first.sentence != tokens[company.first].sentence || !first.capitalized) {
        return false;
    }
    const GazetteerImage& image = context.image();
    const std::string_view key = image.string(image.entry(place.entry).key);
    constexpr std::string_view kCountry = "country:";
    constexpr std::string_view kRegion = "region:";
    if (key.substr(0, kCountry.size()) == kCountry) {
        return true;
    }
    return key.size() > kRegion.size() && key.substr(0, kRegion.size()) == kRegion && key[kRegion.size()] >= '0' &&
           key[kRegion.size()] <= '9';
}

} // namespace

void mergeCompanyMarkets(const Context& context, std::vector<Candidate>& names) {
    mergeIntoOrganisations(names, [&](const Candidate& company, const Candidate& market) {
        return isKnownCompany(context, company) && isAdjacentMarket(context, company, market);
    });
}

} // namespace annalist::core::ner
