// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"
#include "ner/candidate.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace annalist::core::ner {

/// A knowledge-base treaty with what it takes to recognise a description of it.
struct TreatyInfo {
    std::uint32_t entry = kNone;      ///< its entry in the gazetteer image
    std::vector<std::string> parties; ///< ISO country codes of the states that are parties
    PartialDate signedOn;
    bool partnership = false; ///< a partnership rather than a treaty, pact or accord
    bool namedOnly = false;   ///< a charter, convention or protocol: news names these, it does not describe them
};

/// Every treaty of the knowledge base, with its parties and date where known, read once from the gazetteer image.
class TreatyCatalog {
public:
    explicit TreatyCatalog(const GazetteerImage& image);

    [[nodiscard]] const std::vector<TreatyInfo>& treaties() const { return m_treaties; }
    /// Indexes into treaties() of the treaties a country (ISO code) is party to; empty for none.
    [[nodiscard]] const std::vector<std::size_t>& withParty(const std::string& code) const;

private:
    std::vector<TreatyInfo> m_treaties;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byParty;
};

/// Ties descriptive treaty references ("il patto di mutua assistenza", "the treaty") to the knowledge-base
/// treaty whose parties the text names nearby and whose date fits the article's; references with no clear
/// best match stay unlinked. Sets Candidate::entry.
void linkTreatyReferences(const Context& context, const TreatyCatalog& catalog,
                          const std::optional<PartialDate>& published, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
