// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/official_titles.h"

#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

constexpr std::size_t kMaxChainWords = 8;

/// Words that follow a remit noun in an official name: "previdenza sociale", "dati personali", "diritti umani",
/// "fondi pensione", "diritti dell'uomo". Sorted.
constexpr std::array<std::string_view, 28> kRemitModifiers{
    "aerea",       "alimentare", "ambientale",  "artificiale",   "civile",  "climatici",  "culturali",
    "digitale",    "donna",      "economica",   "energetica",    "europea", "finanziari", "fondamentali",
    "industriale", "infanzia",   "informatica", "intellettuale", "minori",  "pensione",   "personali",
    "pubblica",    "pubblici",   "sociale",     "sociali",       "umani",   "uomo",       "vittime"};

/// Heads of bodies named for a purpose after "per", "su" or "contro": "Comitato per la tutela", "Osservatorio sulla
/// salute", "Ufficio contro la droga". Courts, councils and ministries are left out: "la Corte dei conti sulla sanità"
/// reports on something, it is not named for it.
constexpr std::array<std::string_view, 15> kPurposeHeads{
    "agenzia", "autorita", "centro",   "comitato",     "commissariato", "commissione", "ente",     "fondazione",
    "fondo",   "garante",  "istituto", "osservatorio", "programma",     "ufficio",     "authority"};

bool isRemitModifier(std::string_view word) {
    return std::binary_search(kRemitModifiers.begin(), kRemitModifiers.end(), word);
}

enum class Link { None, Of, Purpose };

/// The kind of preposition at `folded`: "di" and its articles join any description; "per", "su" and its articles and
/// "contro" a purpose.
Link linkOf(std::string_view folded) {
    if (isOneOf(folded,
                {"di", "del", "dello", "della", "dei", "degli", "delle", "dell'", "dell\u2019", "d'", "d\u2019"})) {
        return Link::Of;
    }
    if (isOneOf(folded, {"per", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull'", "sull\u2019", "contro"})) {
        return Link::Purpose;
    }
    return Link::None;
}

bool isArticle(std::string_view folded) {
    return isOneOf(folded, {"il", "lo", "la", "i", "gli", "le", "l'", "l\u2019"});
}

/// A lowercase word of the same sentence as `anchor`, or false.
bool lowercaseWordAt(const Context& context, std::size_t i, std::size_t anchor) {
    const auto& tokens = context.tokens();
    return i < tokens.size() && tokens[i].isWord() && !tokens[i].capitalized && !tokens[i].allCaps &&
           tokens[i].sentence == tokens[anchor].sentence;
}

/// The end of the remit chain after `from`, or `from` when none follows. `purpose` allows "per", "su" and "contro".
std::size_t remitChainEnd(const Context& context, std::size_t from, bool purpose) {
    const auto& tokens = context.tokens();
    std::size_t end = from;
    std::size_t i = from;
    while (i < from + kMaxChainWords) {
        std::size_t j = i;
        const bool conjunction = lowercaseWordAt(context, j, from) && isOneOf(tokens[j].folded, {"e", "ed"});
        if (conjunction) {
            ++j;
        }
        if (!lowercaseWordAt(context, j, from)) {
            break;
        }
        const Link link = linkOf(tokens[j].folded);
        if (link == Link::None && !(conjunction && end > from)) {
            break; // "per energia, reti e ambiente": a bare noun follows only a conjunction inside the chain
        }
        if (link == Link::Purpose && !purpose) {
            break;
        }
        if (link != Link::None) {
            ++j;
        }
        // "per la tutela", "contro la droga", "e la sicurezza": an article after a bare preposition or "e".
        if (lowercaseWordAt(context, j, from) && isArticle(tokens[j].folded) &&
            isOneOf(tokens[j - 1].folded, {"per", "contro", "e", "ed"})) {
            ++j;
        }
        if (!lowercaseWordAt(context, j, from) || !context.inList(WordList::RemitNoun, j)) {
            break;
        }
        ++j;
        while (j < from + kMaxChainWords && lowercaseWordAt(context, j, from) &&
               (isRemitModifier(tokens[j].folded) || context.inList(WordList::OrgAdjective, j) ||
                context.inList(WordList::Demonym, j))) {
            ++j;
        }
        // "dei diritti dell'uomo": a modifier after its own "di".
        if (j + 1 < from + kMaxChainWords && lowercaseWordAt(context, j, from) &&
            linkOf(tokens[j].folded) == Link::Of && lowercaseWordAt(context, j + 1, from) &&
            isRemitModifier(tokens[j + 1].folded)) {
            j += 2;
        }
        if (j > from + kMaxChainWords) {
            break;
        }
        end = j;
        i = j;
    }
    return end;
}

bool opensWithHead(const Context& context, const Candidate& name) {
    const Token& head = context.tokens()[name.first];
    return head.capitalized && !head.allCaps && context.inList(WordList::OrgHead, name.first);
}

bool isPurposeHead(const Context& context, std::size_t token) {
    return isOneOf(context.tokens()[token].folded, kPurposeHeads);
}

/// "Agenzia dell'Unione europea per l'asilo": a capitalised purpose head, "di" and an organisation, then a remit
/// after "per", "su" or "contro". Returns the end of the whole name, or 0.
std::size_t agencyOfUnionEnd(const Context& context, const Candidate& union_) {
    const auto& tokens = context.tokens();
    if (union_.first < 2 || union_.type != EntityType::Organization) {
        return 0;
    }
    const std::size_t head = union_.first - 2;
    if (!tokens[head].isWord() || !tokens[head].capitalized || tokens[head].allCaps ||
        tokens[head].sentence != tokens[union_.first].sentence || !isPurposeHead(context, head) ||
        !lowercaseWordAt(context, head + 1, head) || linkOf(tokens[head + 1].folded) != Link::Of) {
        return 0;
    }
    if (!lowercaseWordAt(context, union_.last, head) || linkOf(tokens[union_.last].folded) != Link::Purpose) {
        return 0;
    }
    const std::size_t end = remitChainEnd(context, union_.last, true);
    return end > union_.last ? end : 0;
}

} // namespace

void extendOfficialTitles(const Context& context, std::vector<Candidate>& names) {
    if (context.language != "it") {
        return;
    }
    bool merged = false;
    for (Candidate& name : names) {
        if (name.type != EntityType::Organization) {
            continue;
        }
        if (const std::size_t end = agencyOfUnionEnd(context, name); end != 0) {
            name = Candidate{name.first - 2, end, EntityType::Organization, kNone, Origin::Rule, 0.7, false};
            merged = true;
            continue;
        }
        if (name.entry != kNone || !opensWithHead(context, name)) {
            continue;
        }
        name.last = remitChainEnd(context, name.last, isPurposeHead(context, name.first));
    }
    if (merged) {
        // The head word of a merged agency may have stood alone before it.
        std::vector<Candidate> kept;
        kept.reserve(names.size());
        for (const Candidate& name : names) {
            const bool inside = std::any_of(names.begin(), names.end(), [&](const Candidate& other) {
                return &other != &name && other.first <= name.first && name.last <= other.last &&
                       other.last - other.first > name.last - name.first;
            });
            if (!inside) {
                kept.push_back(name);
            }
        }
        names = std::move(kept);
        sortByPosition(names);
    }
}

} // namespace annalist::core::ner
