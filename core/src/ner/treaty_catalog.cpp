// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/treaty_catalog.h"

#include <algorithm>
#include <unordered_set>

namespace annalist::core::ner {

namespace {

constexpr std::string_view kCountryPrefix = "country:";

std::vector<std::string> countryParties(std::string_view parties) {
    std::vector<std::string> codes;
    std::size_t from = 0;
    while (from <= parties.size()) {
        const std::size_t bar = std::min(parties.find('|', from), parties.size());
        const std::string_view party = parties.substr(from, bar - from);
        if (party.substr(0, kCountryPrefix.size()) == kCountryPrefix) {
            codes.emplace_back(party.substr(kCountryPrefix.size()));
        }
        from = bar + 1;
    }
    return codes;
}

} // namespace

TreatyCatalog::TreatyCatalog(const GazetteerImage& image) {
    // Only whether a key was seen matters: hashing each once costs less than a tree's string comparisons.
    std::unordered_set<std::string_view> seen;
    for (std::uint32_t index = 0; index < image.entryCount(); ++index) {
        const EntryRecord& record = image.entry(index);
        if (static_cast<EntityType>(record.type) != EntityType::Treaty || record.partial != 0 ||
            !seen.insert(image.string(record.key)).second) {
            continue;
        }
        TreatyInfo info;
        info.entry = index;
        info.parties = countryParties(image.string(record.country));
        info.signedOn = PartialDate::parse(image.string(record.date)).value_or(PartialDate{});
        const std::string_view kind = image.string(record.kind);
        info.partnership = kind == "partnership";
        info.namedOnly = kind == "charter" || kind == "convention" || kind == "protocol";
        for (const std::string& party : info.parties) {
            m_byParty[party].push_back(m_treaties.size());
        }
        m_treaties.push_back(std::move(info));
    }
}

const std::vector<std::size_t>& TreatyCatalog::withParty(const std::string& code) const {
    static const std::vector<std::size_t> kNone;
    const auto found = m_byParty.find(code);
    return found == m_byParty.end() ? kNone : found->second;
}

} // namespace annalist::core::ner
