// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/treaty_catalog.h"

#include <algorithm>
#include <map>
#include <set>

namespace annalist::core::ner {

namespace {

/// The sentences in which each country is named, directly or through a known city, person or body of it.
using CountrySentences = std::map<std::string, std::vector<std::size_t>, std::less<>>;

CountrySentences countriesMentioned(const Context& context, const std::vector<Candidate>& candidates) {
    CountrySentences mentioned;
    const GazetteerImage& image = context.image();
    for (const Candidate& candidate : candidates) {
        if (candidate.entry == kNone || candidate.type == EntityType::Treaty) {
            continue;
        }
        const EntryRecord& record = image.entry(candidate.entry);
        std::string_view code = image.string(record.country);
        const std::string_view key = image.string(record.key);
        if (key.rfind("country:", 0) == 0) {
            code = key.substr(8);
        }
        if (!code.empty()) {
            mentioned[std::string(code)].push_back(context.tokens()[candidate.first].sentence);
        }
    }
    return mentioned;
}

/// 3 when a party is named in the reference's sentence, 2 within two sentences, 1 anywhere, 0 never.
int proximity(const std::vector<std::size_t>& sentences, std::size_t sentence) {
    int best = 0;
    for (const std::size_t other : sentences) {
        const std::size_t distance = other > sentence ? other - sentence : sentence - other;
        best = std::max(best, distance == 0 ? 3 : distance <= 2 ? 2 : 1);
    }
    return best;
}

bool isPartnershipReference(const Context& context, const Candidate& reference) {
    for (std::size_t i = reference.first; i < reference.last; ++i) {
        if (context.inList(WordList::PartnershipHead, i)) {
            return true;
        }
    }
    return false;
}

/// The folded words of each treaty the text names outright ("Accordo di Parigi" → accordo, di, parigi), by key.
using NamedTreaties = std::map<std::string, std::set<std::string>, std::less<>>;

NamedTreaties treatiesNamed(const Context& context, const std::vector<Candidate>& candidates) {
    NamedTreaties named;
    for (const Candidate& candidate : candidates) {
        if (candidate.type == EntityType::Treaty && candidate.entry != kNone) {
            const EntryRecord& record = context.image().entry(candidate.entry);
            auto& words = named[std::string(context.image().string(record.key))];
            for (std::size_t i = candidate.first; i < candidate.last; ++i) {
                words.insert(context.tokens()[i].folded);
            }
            // Its canonical name counts too: "New START" is the "New Strategic Arms Reduction Treaty".
            for (std::string& word : foldedNameWords(context.image().string(record.name))) {
                words.insert(std::move(word));
            }
        }
    }
    return named;
}

/// A bare reference ("il trattato", "the agreement") means a treaty named in the text with the same word.
bool refersToNamed(const Context& context, const Candidate& reference, const NamedTreaties& named,
                   std::uint32_t entry) {
    const auto found = named.find(context.image().string(context.image().entry(entry).key));
    if (found == named.end() || reference.last - reference.first != 1) {
        return false;
    }
    return found->second.count(context.tokens()[reference.first].folded) > 0;
}

/// How well a treaty fits a reference; negative when it cannot be the one meant.
int fitness(const TreatyInfo& treaty, const CountrySentences& countries, std::size_t sentence, bool partnership,
            const std::optional<PartialDate>& published, bool namedInText) {
    constexpr int kNamedInText = 20;
    if (!namedInText && (treaty.parties.size() < 2 || treaty.namedOnly || treaty.partnership != partnership)) {
        return -1; // a treaty the text does not name is recognised by its parties, and only if it is of the kind
    }
    int score = namedInText ? kNamedInText : 0;
    int lowest = 3;
    for (const std::string& party : treaty.parties) {
        const auto found = countries.find(party);
        if (found == countries.end()) {
            if (namedInText) {
                continue;
            }
            return -1;
        }
        const int near = proximity(found->second, sentence);
        score += 2 * near; // where the parties are named says more than anything else
        lowest = std::min(lowest, near);
    }
    score += treaty.partnership == partnership ? 2 : -4;
    if (published && treaty.signedOn.isValid()) {
        const int years = published->year - treaty.signedOn.year;
        const bool later =
            years < 0 || (years == 0 && published->month != 0 && treaty.signedOn.month > published->month);
        if (later) {
            return -1;
        }
        // Recent treaties are the ones news describes without naming; older ones still fit, with less weight.
        score += years <= 1 ? 2 : years <= 5 ? 1 : 0;
    }
    if (!namedInText && lowest < 2) {
        return -1; // every party must be named close by for an unnamed treaty to be the one meant
    }
    return score;
}

/// The treaties a reference in this text could mean at all: every party named somewhere, or the treaty named.
std::vector<TreatyInfo> candidatesFor(const TreatyCatalog& catalog, const CountrySentences& countries,
                                      const NamedTreaties& named, const Context& context) {
    std::vector<TreatyInfo> possible;
    for (const TreatyInfo& treaty : catalog.treaties()) {
        const bool partiesNamed =
            treaty.parties.size() >= 2 && std::all_of(treaty.parties.begin(), treaty.parties.end(),
                                                      [&](const auto& p) { return countries.count(p) > 0; });
        if (partiesNamed || named.count(context.image().string(context.image().entry(treaty.entry).key)) > 0) {
            possible.push_back(treaty);
        }
    }
    return possible;
}

/// Links each treaty reference still without an entry to the treaty that fits it best, when one does.
void linkUnlinked(const Context& context, const TreatyCatalog& catalog, const std::optional<PartialDate>& published,
                  std::vector<Candidate>& candidates) {
    const CountrySentences countries = countriesMentioned(context, candidates);
    const NamedTreaties named = treatiesNamed(context, candidates);
    const std::vector<TreatyInfo> possible = candidatesFor(catalog, countries, named, context);
    for (Candidate& reference : candidates) {
        if (reference.type != EntityType::Treaty || reference.entry != kNone) {
            continue;
        }
        const std::size_t sentence = context.tokens()[reference.first].sentence;
        const bool partnership = isPartnershipReference(context, reference);
        int best = 0;
        int runnerUp = 0;
        std::uint32_t chosen = kNone;
        for (const TreatyInfo& treaty : possible) {
            const bool namedInText = refersToNamed(context, reference, named, treaty.entry);
            const int score = fitness(treaty, countries, sentence, partnership, published, namedInText);
            if (score > best) {
                runnerUp = best;
                best = score;
                chosen = treaty.entry;
            } else {
                runnerUp = std::max(runnerUp, score);
            }
        }
        // A tie means the text does not say which treaty it is.
        if (chosen != kNone && best > runnerUp) {
            reference.entry = chosen;
            reference.origin = Origin::KnowledgeBase;
        }
    }
}

} // namespace

void linkTreatyReferences(const Context& context, const TreatyCatalog& catalog,
                          const std::optional<PartialDate>& published, std::vector<Candidate>& candidates) {
    linkUnlinked(context, catalog, published, candidates);
    // "il trattato" after "il trattato strategico" was linked: the words of linked references now name it too.
    linkUnlinked(context, catalog, published, candidates);
}

} // namespace annalist::core::ner
