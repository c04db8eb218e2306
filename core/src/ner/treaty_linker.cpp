// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/treaty_catalog.h"

#include "ner/person_catalog.h"

#include <algorithm>
#include <map>
#include <set>

namespace annalist::core::ner {

namespace {

/// Orders country codes shortest first, then letter by letter: codes are two or three letters, which an inline loop
/// compares for less than a call to memcmp. Nothing depends on the order of the countries, only on finding them.
struct ShortCodeOrder {
    using is_transparent = void;

    bool operator()(std::string_view a, std::string_view b) const {
        if (a.size() != b.size()) {
            return a.size() < b.size();
        }
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (a[i] != b[i]) {
                return a[i] < b[i];
            }
        }
        return false;
    }
};

/// The sentences in which each country is named, directly or through a known city, person or body of it.
using CountrySentences = std::map<std::string_view, std::vector<std::size_t>, ShortCodeOrder>;

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
            mentioned[code].push_back(context.tokens()[candidate.first].sentence);
        }
    }
    for (auto& [code, sentences] : mentioned) {
        std::sort(sentences.begin(), sentences.end());
    }
    return mentioned;
}

/// 3 when a party is named in the reference's sentence, 2 within two sentences, 1 anywhere, 0 never. The
/// sentences are in ascending order.
int proximity(const std::vector<std::size_t>& sentences, std::size_t sentence) {
    if (sentences.empty()) {
        return 0;
    }
    const auto after = std::lower_bound(sentences.begin(), sentences.end(), sentence);
    std::size_t distance = after != sentences.end() ? *after - sentence : sentence - sentences.back();
    if (after != sentences.begin()) {
        distance = std::min(distance, sentence - *std::prev(after));
    }
    return distance == 0 ? 3 : distance <= 2 ? 2 : 1;
}

bool isPartnershipReference(const Context& context, const Candidate& reference) {
    for (std::size_t i = reference.first; i < reference.last; ++i) {
        if (context.inList(WordList::PartnershipHead, i)) {
            return true;
        }
    }
    return false;
}

/// The folded words of knowledge-base names, each tokenised once per text.
class NameWords {
public:
    explicit NameWords(const GazetteerImage& image) : m_image(image) {}

    const std::vector<std::string>& of(std::uint32_t entry) {
        auto [found, added] = m_words.try_emplace(entry);
        if (added) {
            found->second = knownNameWords(m_image.string(m_image.entry(entry).name));
        }
        return found->second;
    }

private:
    const GazetteerImage& m_image;
    std::map<std::uint32_t, std::vector<std::string>> m_words;
};

/// True when a treaty mention says the folded word, in the text or in the treaty's canonical name ("New START" is
/// the "New Strategic Arms Reduction Treaty").
bool mentionsWord(const Context& context, NameWords& names, const Candidate& mention, const std::string& word) {
    for (std::size_t i = mention.first; i < mention.last; ++i) {
        if (context.tokens()[i].folded == word) {
            return true;
        }
    }
    const std::vector<std::string>& canonical = names.of(mention.entry);
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

/// The last linked treaty mention that ends before the reference, at most `reach` sentences before it, and `fits`;
/// nullptr when there is none.
template <typename Fits>
const Candidate* latestLinkedBefore(const Context& context, const std::vector<Candidate>& candidates,
                                    const std::vector<std::size_t>& treaties, const Candidate& reference,
                                    std::size_t reach, Fits fits) {
    const auto& tokens = context.tokens();
    const std::size_t sentence = tokens[reference.first].sentence;
    const Candidate* latest = nullptr;
    for (const std::size_t index : treaties) {
        const Candidate& mention = candidates[index];
        if (mention.entry == kNone || mention.last > reference.first) {
            continue;
        }
        if (sentence - tokens[mention.first].sentence <= reach &&
            (latest == nullptr || mention.first > latest->first) && fits(mention)) {
            latest = &mention;
        }
    }
    return latest;
}

/// The treaty a lone treaty word ("il trattato", "the agreement") refers back to: the nearest linked treaty mention
/// before it in its own or the previous sentence, else the nearest one of the last few sentences that used the same
/// word. kNone when there is none.
std::uint32_t antecedentOf(const Context& context, NameWords& names, const std::vector<Candidate>& candidates,
                           const std::vector<std::size_t>& treaties, const Candidate& reference) {
    constexpr std::size_t kSameWordReach = 5;
    const Candidate* chosen = latestLinkedBefore(context, candidates, treaties, reference, 1,
                                                 [](const Candidate& /*mention*/) { return true; });
    // Words are compared only when no treaty is named close by, which most lone treaty words have.
    if (chosen == nullptr) {
        const std::string& word = context.tokens()[reference.first].folded;
        chosen =
            latestLinkedBefore(context, candidates, treaties, reference, kSameWordReach,
                               [&](const Candidate& mention) { return mentionsWord(context, names, mention, word); });
    }
    return chosen == nullptr ? kNone : chosen->entry;
}

/// A treaty whose parties the text all names, with the sentences that name each party.
struct PossibleTreaty {
    const TreatyInfo* treaty = nullptr;
    std::vector<const std::vector<std::size_t>*> partySentences;
};

/// How well a treaty fits a reference; negative when it cannot be the one meant.
int fitness(const PossibleTreaty& possible, std::size_t sentence, bool partnership,
            const std::optional<PartialDate>& published) {
    const TreatyInfo& treaty = *possible.treaty;
    if (treaty.parties.size() < 2 || treaty.namedOnly || treaty.partnership != partnership) {
        return -1; // a treaty the text does not name is recognised by its parties, and only if it is of the kind
    }
    int score = 0;
    int lowest = 3;
    for (const std::vector<std::size_t>* sentences : possible.partySentences) {
        const int near = proximity(*sentences, sentence);
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

/// The treaty with the sentences naming each of its parties, or nullopt when the text leaves a party unnamed.
std::optional<PossibleTreaty> withPartiesNamed(const TreatyInfo& treaty, const CountrySentences& countries) {
    PossibleTreaty possible{&treaty, {}};
    possible.partySentences.reserve(treaty.parties.size());
    for (const std::string& party : treaty.parties) {
        const auto found = countries.find(party);
        if (found == countries.end()) {
            return std::nullopt;
        }
        possible.partySentences.push_back(&found->second);
    }
    return possible;
}

/// The treaties a reference in this text could mean by their parties: every party named somewhere. A treaty's
/// parties are counted off as the text names them, so that only the treaties with all of them named are looked up;
/// their order does not matter to bestByParties().
std::vector<PossibleTreaty> candidatesFor(const TreatyCatalog& catalog, const CountrySentences& countries) {
    std::vector<PossibleTreaty> possible;
    std::vector<std::uint32_t> partiesNamed(catalog.treaties().size(), 0);
    for (const auto& [code, sentences] : countries) {
        for (const std::size_t index : catalog.withParty(std::string(code))) {
            const TreatyInfo& treaty = catalog.treaties()[index];
            // fitness() turns down a named-only treaty whatever the text says.
            if (++partiesNamed[index] != treaty.parties.size() || treaty.parties.size() < 2 || treaty.namedOnly) {
                continue;
            }
            if (auto named = withPartiesNamed(treaty, countries)) {
                possible.push_back(std::move(*named));
            }
        }
    }
    return possible;
}

/// The treaty whose parties the text names around the reference, when exactly one fits best; kNone otherwise.
std::uint32_t bestByParties(const Context& context, const std::vector<PossibleTreaty>& possible,
                            const std::optional<PartialDate>& published, const Candidate& reference) {
    const std::size_t sentence = context.tokens()[reference.first].sentence;
    const bool partnership = isPartnershipReference(context, reference);
    int best = 0;
    int runnerUp = 0;
    std::uint32_t chosen = kNone;
    for (const PossibleTreaty& treaty : possible) {
        const int score = fitness(treaty, sentence, partnership, published);
        if (score > best) {
            runnerUp = best;
            best = score;
            chosen = treaty.treaty->entry;
        } else {
            runnerUp = std::max(runnerUp, score);
        }
    }
    // A tie means the text does not say which treaty it is.
    return best > runnerUp ? chosen : kNone;
}

/// What linking needs to know about the text beyond the reference itself, gathered once and only when needed.
class LinkingState {
public:
    LinkingState(const Context& context, const TreatyCatalog& catalog) : m_context(context), m_catalog(catalog) {}

    NameWords& names() { return m_names; }

    /// The treaties whose parties the text names; the parties are gathered on first use.
    const std::vector<PossibleTreaty>& possible(const std::vector<Candidate>& candidates) {
        if (!m_countries) {
            m_countries = countriesMentioned(m_context, candidates);
            m_possible = candidatesFor(m_catalog, *m_countries);
        }
        return m_possible;
    }

private:
    const Context& m_context;
    const TreatyCatalog& m_catalog;
    NameWords m_names{m_context.image()};
    std::optional<CountrySentences> m_countries; // treaty links do not change it: the same for every pass
    std::vector<PossibleTreaty> m_possible;
};

/// Links each treaty reference still without an entry to the treaty it refers back to or that fits it best;
/// returns how many it linked.
std::size_t linkUnlinked(const Context& context, const std::optional<PartialDate>& published, LinkingState& state,
                         const std::vector<std::size_t>& treaties, std::vector<Candidate>& candidates) {
    std::size_t linked = 0;
    for (const std::size_t index : treaties) {
        Candidate& reference = candidates[index];
        if (reference.entry != kNone || isIndefiniteTreatyWord(context, reference)) {
            continue;
        }
        const bool lone = reference.last - reference.first == 1 && !isSpecified(context, reference);
        std::uint32_t chosen = lone ? antecedentOf(context, state.names(), candidates, treaties, reference) : kNone;
        if (chosen == kNone) {
            chosen = bestByParties(context, state.possible(candidates), published, reference);
        }
        if (chosen != kNone) {
            reference.entry = chosen;
            reference.origin = Origin::KnowledgeBase;
            ++linked;
        }
    }
    return linked;
}

} // namespace

void linkTreatyReferences(const Context& context, const TreatyCatalog& catalog,
                          const std::optional<PartialDate>& published, std::vector<Candidate>& candidates) {
    // Most texts name no treaty, and only treaty mentions link or are linked to: the rest is never looked at.
    std::vector<std::size_t> treaties;
    bool unlinked = false;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (candidates[i].type == EntityType::Treaty) {
            treaties.push_back(i);
            unlinked = unlinked || candidates[i].entry == kNone;
        }
    }
    if (!unlinked) {
        return;
    }
    LinkingState state(context, catalog);
    // "il trattato" after "il trattato strategico" was linked: the words of linked references now name it too, so a
    // second pass is worth it when the first linked something.
    if (linkUnlinked(context, published, state, treaties, candidates) > 0) {
        linkUnlinked(context, published, state, treaties, candidates);
    }
}

} // namespace annalist::core::ner
