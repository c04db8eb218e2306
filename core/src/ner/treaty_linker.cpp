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

/// True when a treaty mention says the folded word, in the text or in the treaty's canonical name ("New START" is
/// the "New Strategic Arms Reduction Treaty").
bool mentionsWord(const Context& context, const Candidate& mention, const std::string& word) {
    for (std::size_t i = mention.first; i < mention.last; ++i) {
        if (context.tokens()[i].folded == word) {
            return true;
        }
    }
    const std::vector<std::string> canonical =
        foldedNameWords(context.image().string(context.image().entry(mention.entry).name));
    return std::find(canonical.begin(), canonical.end(), word) != canonical.end();
}

/// A lone treaty word followed by what specifies it ("l'accordo di recesso", "the deal on grain") is a treaty of its
/// own, not a reference back to one already named.
bool isSpecified(const Context& context, const Candidate& reference) {
    const auto& tokens = context.tokens();
    const std::size_t next = reference.last;
    return next < tokens.size() && tokens[next].sentence == tokens[reference.first].sentence &&
           !context.isNameWord(next) &&
           (context.inList(WordList::TreatyLinker, next) || context.inList(WordList::Connector, next));
}

/// The treaty a lone treaty word ("il trattato", "the agreement") refers back to: the nearest linked treaty mention
/// before it in its own or the previous sentence, else the nearest one of the last few sentences that used the same
/// word. kNone when there is none.
std::uint32_t antecedentOf(const Context& context, const std::vector<Candidate>& candidates,
                           const Candidate& reference) {
    constexpr std::size_t kSameWordReach = 5;
    const auto& tokens = context.tokens();
    const std::size_t sentence = tokens[reference.first].sentence;
    const std::string& word = tokens[reference.first].folded;
    const Candidate* nearest = nullptr;
    const Candidate* nearestSameWord = nullptr;
    for (const Candidate& mention : candidates) {
        if (mention.type != EntityType::Treaty || mention.entry == kNone || mention.last > reference.first) {
            continue;
        }
        const std::size_t distance = sentence - tokens[mention.first].sentence;
        if (distance <= 1 && (nearest == nullptr || mention.first > nearest->first)) {
            nearest = &mention;
        }
        if (distance <= kSameWordReach && (nearestSameWord == nullptr || mention.first > nearestSameWord->first) &&
            mentionsWord(context, mention, word)) {
            nearestSameWord = &mention;
        }
    }
    const Candidate* chosen = nearest != nullptr ? nearest : nearestSameWord;
    return chosen == nullptr ? kNone : chosen->entry;
}

/// How well a treaty fits a reference; negative when it cannot be the one meant.
int fitness(const TreatyInfo& treaty, const CountrySentences& countries, std::size_t sentence, bool partnership,
            const std::optional<PartialDate>& published) {
    if (treaty.parties.size() < 2 || treaty.namedOnly || treaty.partnership != partnership) {
        return -1; // a treaty the text does not name is recognised by its parties, and only if it is of the kind
    }
    int score = 0;
    int lowest = 3;
    for (const std::string& party : treaty.parties) {
        const auto found = countries.find(party);
        if (found == countries.end()) {
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
    if (lowest < 2) {
        return -1; // every party must be named close by for an unnamed treaty to be the one meant
    }
    return score;
}

/// The treaties a reference in this text could mean by their parties: every party named somewhere.
std::vector<const TreatyInfo*> candidatesFor(const TreatyCatalog& catalog, const CountrySentences& countries) {
    std::vector<const TreatyInfo*> possible;
    std::vector<bool> seen(catalog.treaties().size(), false);
    for (const auto& [code, sentences] : countries) {
        for (const std::size_t index : catalog.withParty(code)) {
            const TreatyInfo& treaty = catalog.treaties()[index];
            if (seen[index] || treaty.parties.size() < 2) {
                continue;
            }
            seen[index] = true;
            if (std::all_of(treaty.parties.begin(), treaty.parties.end(),
                            [&](const auto& p) { return countries.count(p) > 0; })) {
                possible.push_back(&treaty);
            }
        }
    }
    return possible;
}

/// The treaty whose parties the text names around the reference, when exactly one fits best; kNone otherwise.
std::uint32_t bestByParties(const Context& context, const std::vector<const TreatyInfo*>& possible,
                            const CountrySentences& countries, const std::optional<PartialDate>& published,
                            const Candidate& reference) {
    const std::size_t sentence = context.tokens()[reference.first].sentence;
    const bool partnership = isPartnershipReference(context, reference);
    int best = 0;
    int runnerUp = 0;
    std::uint32_t chosen = kNone;
    for (const TreatyInfo* treaty : possible) {
        const int score = fitness(*treaty, countries, sentence, partnership, published);
        if (score > best) {
            runnerUp = best;
            best = score;
            chosen = treaty->entry;
        } else {
            runnerUp = std::max(runnerUp, score);
        }
    }
    // A tie means the text does not say which treaty it is.
    return best > runnerUp ? chosen : kNone;
}

/// Links each treaty reference still without an entry to the treaty it refers back to or that fits it best.
void linkUnlinked(const Context& context, const TreatyCatalog& catalog, const std::optional<PartialDate>& published,
                  std::vector<Candidate>& candidates) {
    const bool anyUnlinked = std::any_of(candidates.begin(), candidates.end(), [](const Candidate& c) {
        return c.type == EntityType::Treaty && c.entry == kNone;
    });
    if (!anyUnlinked) {
        return; // most texts name no treaty: nothing to gather the parties for
    }
    // The parties named in the text are gathered once, and only when a reference needs them.
    std::optional<CountrySentences> countries;
    std::vector<const TreatyInfo*> possible;
    for (Candidate& reference : candidates) {
        if (reference.type != EntityType::Treaty || reference.entry != kNone) {
            continue;
        }
        const bool lone = reference.last - reference.first == 1 && !isSpecified(context, reference);
        std::uint32_t chosen = lone ? antecedentOf(context, candidates, reference) : kNone;
        if (chosen == kNone) {
            if (!countries) {
                countries = countriesMentioned(context, candidates);
                possible = candidatesFor(catalog, *countries);
            }
            chosen = bestByParties(context, possible, *countries, published, reference);
        }
        if (chosen != kNone) {
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
