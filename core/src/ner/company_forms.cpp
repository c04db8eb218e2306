// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/company_forms.h"

#include "ner/match_rules.h"
#include "ner/place_code_rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace annalist::core::ner {

namespace {

enum class PlaceKind { None, Town, Wide };

/// Whether a word names a place on its own, and whether a town ("Exeter") or only a country or region ("Texas").
PlaceKind placeKindOf(const Context& context, std::uint32_t id) {
    const GazetteerImage& image = context.image();
    const std::uint32_t node = id == kNone ? kNone : image.child(kRootNode, id);
    PlaceKind kind = PlaceKind::None;
    bool wide = false;
    for (std::uint32_t at = node == kNone ? kNone : image.firstEntry(node); at != kNone; at = image.nextEntry(at)) {
        const EntryRecord& record = image.entry(at);
        if (record.partial != 0 || static_cast<EntityType>(record.type) != EntityType::Place) {
            continue;
        }
        if (image.string(record.key).rfind("city:", 0) != 0) {
            wide = true;
        } else {
            kind = PlaceKind::Town;
        }
    }
    // A city that is also its own county or district ("Bristol", "Leicester") counts as a town.
    return wide && kind == PlaceKind::None ? PlaceKind::Wide : kind;
}

struct Owner {
    std::string_view word; ///< folded first word
    const Candidate* full = nullptr;
    bool town = false;
};

bool canOwn(const Context& context, const Candidate& candidate) {
    if (candidate.type != EntityType::Organization || candidate.last - candidate.first < 2) {
        return false;
    }
    for (std::size_t i = candidate.first; i < candidate.last; ++i) {
        if (!context.isNameWord(i)) {
            return false;
        }
    }
    constexpr std::uint64_t kNeverShort =
        bitOf(WordList::Stopword) | bitOf(WordList::Title) | bitOf(WordList::Demonym) | bitOf(WordList::Calendar) |
        bitOf(WordList::Compass) | bitOf(WordList::Determiner) | bitOf(WordList::OrgHead) | bitOf(WordList::PlaceHead) |
        bitOf(WordList::FirstName) | bitOf(WordList::NamePrefix) | bitOf(WordList::OrgAdjective) |
        bitOf(WordList::TreatyHead);
    const Token& first = context.tokens()[candidate.first];
    return !first.allCaps && (first.flags & kNeverShort) == 0;
}

std::vector<Owner> owners(const Context& context, const std::vector<Candidate>& candidates) {
    std::vector<Owner> found;
    for (const Candidate& candidate : candidates) {
        if (!canOwn(context, candidate)) {
            continue;
        }
        const Token& first = context.tokens()[candidate.first];
        auto same = std::find_if(found.begin(), found.end(), [&](const Owner& o) { return o.word == first.folded; });
        if (same != found.end()) {
            if (same->full != nullptr &&
                (same->full->last - same->full->first != candidate.last - candidate.first ||
                 context.tokens()[same->full->last - 1].folded != context.tokens()[candidate.last - 1].folded)) {
                same->full = nullptr;
            }
            continue;
        }
        const PlaceKind kind = placeKindOf(context, first.id);
        found.push_back(Owner{first.folded, kind == PlaceKind::Wide ? nullptr : &candidate, kind == PlaceKind::Town});
    }
    // A word that is also a person's surname here ("George Ford", "Ford Motor"), or a town the text writes as a
    // place ("in Manchester"), has no single owner.
    for (Owner& owner : found) {
        if (owner.full == nullptr) {
            continue;
        }
        for (const Candidate& candidate : candidates) {
            if (candidate.type == EntityType::Person && candidate.last - candidate.first >= 2 &&
                context.tokens()[candidate.last - 1].folded == owner.word) {
                owner.full = nullptr;
                break;
            }
        }
    }
    const auto& tokens = context.tokens();
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        if (!tokens[i].capitalized || tokens[i - 1].folded != "in") {
            continue;
        }
        for (Owner& owner : found) {
            if (owner.town && owner.word == tokens[i].folded) {
                owner.full = nullptr;
            }
        }
    }
    found.erase(std::remove_if(found.begin(), found.end(), [](const Owner& o) { return o.full == nullptr; }),
                found.end());
    return found;
}

/// True when a capitalised word has no capitalised neighbour in its sentence.
bool standsAlone(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    const bool before = i > 0 && tokens[i - 1].sentence == tokens[i].sentence && context.isNameWord(i - 1);
    const bool after =
        i + 1 < tokens.size() && tokens[i + 1].sentence == tokens[i].sentence && context.isNameWord(i + 1);
    return context.isNameWord(i) && !before && !after;
}

bool hasInnerCapital(std::string_view text) {
    constexpr std::array<std::string_view, 12> kNamePrefixes{"Mc", "Mac", "O'", "O\u2019", "De",  "Di",
                                                             "Da", "Du",  "La", "Le",      "Van", "Von"};
    for (std::string_view prefix : kNamePrefixes) {
        if (text.size() > prefix.size() && text.substr(0, prefix.size()) == prefix &&
            std::isupper(static_cast<unsigned char>(text[prefix.size()])) != 0) {
            return false;
        }
    }
    // "T-Mobile", "E-Trade": one capital letter hyphened to a word is a brand's shape, never a person's.
    const auto upperAt = [&](std::size_t k) { return std::isupper(static_cast<unsigned char>(text[k])) != 0; };
    if (text.size() > 3 && upperAt(0) && text[1] == '-' && upperAt(2)) {
        return true;
    }
    for (std::size_t k = 1; k < text.size(); ++k) {
        if (std::isupper(static_cast<unsigned char>(text[k])) != 0 &&
            std::isalpha(static_cast<unsigned char>(text[k - 1])) != 0) {
            return true;
        }
    }
    return false;
}

bool endsInCompanySuffix(const Context& context, const Candidate& candidate) {
    constexpr std::array<std::string_view, 6> kSuffixes{"co", "inc", "corp", "ltd", "plc", "llc"};
    const std::string_view last = context.tokens()[candidate.last - 1].folded;
    return std::find(kSuffixes.begin(), kSuffixes.end(), last) != kSuffixes.end();
}

/// "NEW YORK, March 4 (Reuters) - Shares": a dash before a word opens a sentence after a dateline.
bool afterDash(const Context& context, std::size_t token) {
    if (token == 0 || context.tokens()[token - 1].kind != TokenKind::Punctuation) {
        return false;
    }
    const std::string_view dash = context.tokens()[token - 1].text;
    return dash == "-" || dash == "\u2013" || dash == "\u2014";
}

/// "Shares of Quantrix Semiconductor", "Residents of Louis Creek", "Later the MPC": an ordinary word opening the
/// sentence, with "of" or "the" after it, is no part of the name after them. Returns where the name starts, or the
/// candidate's own start.
std::size_t afterOrdinaryOpening(const Context& context, const Candidate& candidate) {
    const auto& tokens = context.tokens();
    constexpr std::uint64_t kHeads = bitOf(WordList::OrgHead) | bitOf(WordList::PlaceHead) |
                                     bitOf(WordList::TreatyHead) | bitOf(WordList::Title) | bitOf(WordList::Compass) |
                                     bitOf(WordList::EventHead);
    const std::size_t first = candidate.first;
    if (candidate.type == EntityType::Treaty || candidate.entry != kNone || candidate.last - first < 3 ||
        !(tokens[first].sentenceInitial || afterDash(context, first)) || !context.inList(WordList::Common, first) ||
        (tokens[first].flags & kHeads) != 0 || context.isFirstName(first)) {
        return first;
    }
    std::size_t name = first + 1;
    while (name < candidate.last && !tokens[name].capitalized &&
           (tokens[name].folded == "of" || tokens[name].folded == "the")) {
        ++name;
    }
    if (name == first + 1 || name == candidate.last) {
        return first;
    }
    for (std::size_t i = name; i < candidate.last; ++i) {
        if (!context.isNameWord(i)) {
            return first;
        }
    }
    return name;
}

/// "BBC Radio Manchester", "BBC Breakfast", "Sky News": a broadcaster's station or programme named by the
/// broadcaster, a medium and the town it serves. Returns the end of the name, or the organisation's own end.
std::size_t broadcasterNameEnd(const Context& context, const Candidate& candidate,
                               const std::vector<Candidate>& candidates, std::size_t index) {
    constexpr std::array<std::string_view, 7> kMedia{"radio", "television", "tv",       "news",
                                                     "sport", "breakfast",  "newsnight"};
    const auto& tokens = context.tokens();
    std::size_t end = candidate.last;
    if (candidate.type != EntityType::Organization || end >= tokens.size() ||
        tokens[end].sentence != tokens[candidate.first].sentence || !tokens[end].capitalized ||
        std::find(kMedia.begin(), kMedia.end(), tokens[end].folded) == kMedia.end() ||
        (index + 1 < candidates.size() && candidates[index + 1].first == end)) {
        return end;
    }
    const bool station =
        tokens[end].folded == "radio" || tokens[end].folded == "television" || tokens[end].folded == "tv";
    ++end;
    if (station && index + 1 < candidates.size() && candidates[index + 1].first == end &&
        candidates[index + 1].type == EntityType::Place && candidates[index + 1].last - end == 1) {
        return end + 1;
    }
    if (station && end < tokens.size() && tokens[end].sentence == tokens[candidate.first].sentence &&
        tokens[end].kind == TokenKind::Number && tokens[end].spaceBefore) {
        return end + 1;
    }
    return end;
}

/// "Bath remain top", "Exeter have lost": English puts a club's name with a plural verb, a town's with a singular one.
bool takesPluralVerb(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 16> kPlural{"are",    "were",  "have",    "remain", "stay",  "host",
                                                       "travel", "face",  "play",    "lead",   "trail", "sit",
                                                       "need",   "visit", "welcome", "haven't"};
    const auto& tokens = context.tokens();
    return token + 1 < tokens.size() && tokens[token + 1].sentence == tokens[token].sentence &&
           tokens[token + 1].isWord() && !tokens[token + 1].capitalized &&
           std::find(kPlural.begin(), kPlural.end(), tokens[token + 1].folded) != kPlural.end() &&
           (token == 0 || tokens[token - 1].sentence != tokens[token].sentence ||
            !(tokens[token - 1].isWord() || tokens[token - 1].text == ","));
}

/// "Infineon rose 5%", "Zentara fell 3.2 percent": what rises or falls by a number in a market report is a company
/// (or an index), never a person.
bool movesInMarket(const Context& context, std::size_t last) {
    static constexpr std::array<std::string_view, 19> kMovers{
        "rose",   "fell",   "gained",  "dropped", "slipped", "jumped",   "climbed",  "slumped", "shed", "tumbled",
        "surged", "soared", "plunged", "sank",    "rallied", "advanced", "declined", "eased",   "slid"};
    const auto& tokens = context.tokens();
    return last > 0 && last + 1 < tokens.size() && tokens[last].sentence == tokens[last - 1].sentence &&
           std::find(kMovers.begin(), kMovers.end(), tokens[last].folded) != kMovers.end() &&
           tokens[last + 1].kind == TokenKind::Number && tokens[last + 1].sentence == tokens[last].sentence;
}

} // namespace

void addLeadingShortForms(const Context& context, std::vector<Candidate>& candidates) {
    if (context.language != "en") {
        return;
    }
    const std::vector<Owner> found = owners(context, candidates);
    if (found.empty()) {
        return;
    }
    const auto ownerOf = [&](std::size_t i) -> const Owner* {
        const std::string_view word = context.tokens()[i].folded;
        auto owner = std::find_if(found.begin(), found.end(), [&](const Owner& o) { return o.word == word; });
        return owner == found.end() ? nullptr : &*owner;
    };
    std::vector<unsigned char> covered(context.tokens().size(), 0);
    for (Candidate& candidate : candidates) {
        std::fill(covered.begin() + static_cast<std::ptrdiff_t>(candidate.first),
                  covered.begin() + static_cast<std::ptrdiff_t>(candidate.last), 1);
        if (candidate.last - candidate.first != 1 || candidate.type == EntityType::Organization ||
            (candidate.type == EntityType::Person && candidate.entry != kNone) ||
            (candidate.type != EntityType::Person && candidate.type != EntityType::Place)) {
            continue;
        }
        const Owner* owner = ownerOf(candidate.first);
        // "MANCHESTER, England —": a dateline names the town, however its club is called.
        if (owner == nullptr || (owner->town && afterPlacePreposition(context, candidate.first)) ||
            isDatelineCity(context, candidates, candidate)) {
            continue;
        }
        candidate = Candidate{
            candidate.first, candidate.last, EntityType::Organization, owner->full->entry, Origin::Rule, 0.5, false};
    }
    std::vector<Candidate> added;
    for (std::size_t i = 0; i < context.tokens().size(); ++i) {
        const Token& token = context.tokens()[i];
        // Most tokens are no name word at all: that is the cheapest thing to ask first.
        if (!context.isNameWord(i) || covered[i] != 0 || !standsAlone(context, i) ||
            afterPlacePreposition(context, i) ||
            (token.sentenceInitial && (token.flags & (bitOf(WordList::Stopword) | bitOf(WordList::Common))) != 0)) {
            continue;
        }
        if (const Owner* owner = ownerOf(i)) {
            added.push_back(
                Candidate{i, i + 1, EntityType::Organization, owner->full->entry, Origin::Rule, 0.5, false});
        }
    }
    if (added.empty()) {
        return;
    }
    candidates.insert(candidates.end(), added.begin(), added.end());
    sortByPosition(candidates);
}

void applyCompanyShapes(const Context& context, std::vector<Candidate>& candidates) {
    if (context.language != "en") {
        return;
    }
    const auto& tokens = context.tokens();
    std::vector<std::string_view> clubTowns;
    for (std::size_t index = 0; index < candidates.size(); ++index) {
        Candidate& candidate = candidates[index];
        if (const std::size_t start = afterOrdinaryOpening(context, candidate); start != candidate.first) {
            candidate.first = start;
            // "Members of the MPC": capitals alone left of a longer guess name a body, not a person.
            if (candidate.last - start == 1 && tokens[start].allCaps && candidate.type == EntityType::Person) {
                candidate.type = EntityType::Organization;
            }
        }
        if (const std::size_t end = broadcasterNameEnd(context, candidate, candidates, index); end != candidate.last) {
            if (index + 1 < candidates.size() && candidates[index + 1].first < end) {
                candidates[index + 1].last = candidates[index + 1].first; // emptied, dropped below
            }
            candidate.last = end;
            candidate.entry = kNone;
        }
        if (candidate.type == EntityType::Place && candidate.last - candidate.first == 1 &&
            takesPluralVerb(context, candidate.first) &&
            (candidate.entry == kNone ||
             !isNation(context.image().string(context.image().entry(candidate.entry).key)))) {
            clubTowns.push_back(tokens[candidate.first].folded);
        }
        // "George Ford added 12 points": a first name says a person, whatever the verb.
        const bool mover = (candidate.type == EntityType::Person || candidate.type == EntityType::Place) &&
                           candidate.entry == kNone && !context.isFirstName(candidate.first) &&
                           movesInMarket(context, candidate.last);
        if (mover || (candidate.type == EntityType::Person && candidate.entry == kNone &&
                      candidate.last - candidate.first == 1 && !tokens[candidate.first].allCaps &&
                      hasInnerCapital(tokens[candidate.first].text))) {
            candidate.type = EntityType::Organization;
            candidate.typeIsGuess = false;
            candidate.surnameOnly = false;
            continue;
        }
        const std::size_t first = candidate.first;
        if (candidate.type == EntityType::Organization && first > 0 && candidate.last - first >= 2 &&
            endsInCompanySuffix(context, candidate) && tokens[first - 1].sentence == tokens[first].sentence &&
            tokens[first - 1].capitalized && context.inList(WordList::Title, first - 1) &&
            std::none_of(candidates.begin(), candidates.end(),
                         [&](const Candidate& other) { return other.first <= first - 1 && first - 1 < other.last; })) {
            candidate.first = first - 1;
        }
    }
    candidates.erase(
        std::remove_if(candidates.begin(), candidates.end(), [](const Candidate& c) { return c.last <= c.first; }),
        candidates.end());
    // An unknown word opening a sentence that rises or falls by a number is a company no other rule took.
    std::vector<Candidate> movers;
    std::size_t next = 0;
    constexpr std::uint64_t kOrdinary = bitOf(WordList::Stopword) | bitOf(WordList::Common) |
                                        bitOf(WordList::Calendar) | bitOf(WordList::Demonym) | bitOf(WordList::Title);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        while (next < candidates.size() && candidates[next].last <= i) {
            ++next;
        }
        const bool covered = next < candidates.size() && candidates[next].first <= i;
        if (!covered && tokens[i].sentenceInitial && tokens[i].isWord() && tokens[i].capitalized &&
            (tokens[i].flags & kOrdinary) == 0 && movesInMarket(context, i + 1)) {
            movers.push_back(Candidate{i, i + 1, EntityType::Organization, kNone, Origin::Rule, 0.5, false});
        }
    }
    if (!movers.empty()) {
        candidates.insert(candidates.end(), movers.begin(), movers.end());
        sortByPosition(candidates);
    }
    if (clubTowns.empty()) {
        return;
    }
    // The town a plural verb makes a club is the club wherever the text names it alone, other than as a place.
    for (Candidate& candidate : candidates) {
        if (candidate.type == EntityType::Place && candidate.last - candidate.first == 1 &&
            std::find(clubTowns.begin(), clubTowns.end(), tokens[candidate.first].folded) != clubTowns.end() &&
            !afterPlacePreposition(context, candidate.first)) {
            candidate =
                Candidate{candidate.first, candidate.last, EntityType::Organization, kNone, Origin::Rule, 0.5, false};
        }
    }
}

} // namespace annalist::core::ner
