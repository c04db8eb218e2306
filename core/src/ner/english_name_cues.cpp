// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/english_name_cues.h"

#include "ner/cue_words.h"
#include "ner/name_cues.h"
#include "ner/token_skip.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// The lowercase word at `at` in the sentence of `anchor`, or an empty view.
std::string_view lowerAt(const Context& context, std::size_t anchor, std::size_t at) {
    const auto& tokens = context.tokens();
    if (at >= tokens.size() || tokens[at].sentence != tokens[anchor].sentence || !tokens[at].isWord() ||
        tokens[at].capitalized) {
        return {};
    }
    return tokens[at].folded;
}

/// "Sdn Bhd", "Berhad", "Pte Ltd", "Tbk", "Pty": legal forms of companies in Asian and Commonwealth markets.
bool isLegalForm(std::string_view word) {
    constexpr std::array<std::string_view, 11> kForms{"bhd", "berhad", "sdn", "pte", "tbk",    "pty",
                                                      "ltd", "plc",    "llc", "inc", "limited"};
    return isOneOf(word, kForms);
}

/// "developers such as X", "rival lenders including X": a plural noun of companies before "such as" or
/// "including", within three words.
bool afterCompanyExamples(const Context& context, std::size_t first) {
    constexpr std::array<std::string_view, 24> kCompanies{
        "companies", "firms",         "developers",   "groups",     "banks",         "lenders",
        "insurers",  "retailers",     "supermarkets", "chains",     "brands",        "airlines",
        "carriers",  "operators",     "contractors",  "builders",   "manufacturers", "makers",
        "suppliers", "conglomerates", "corporations", "automakers", "carmakers",     "broadcasters"};
    std::size_t cue = 0;
    if (cueWordBefore(context, first, 1) == "including") {
        cue = 1;
    } else if (cueWordBefore(context, first, 1) == "as" && cueWordBefore(context, first, 2) == "such") {
        cue = 2;
    } else {
        return false;
    }
    for (std::size_t distance = cue + 1; distance <= cue + 3; ++distance) {
        if (isOneOf(cueWordBefore(context, first, distance), kCompanies)) {
            return true;
        }
    }
    return false;
}

/// "flown home to X", "sent home to X": a journey home ends at a place; "lost at home to X" in sport names a side.
bool afterJourneyHome(const Context& context, std::size_t first) {
    constexpr std::array<std::string_view, 6> kSentHome{"flown", "flew", "sent", "returned", "brought", "travelled"};
    return cueWordBefore(context, first, 1) == "to" && cueWordBefore(context, first, 2) == "home" &&
           isOneOf(cueWordBefore(context, first, 3), kSentHome);
}

std::optional<EntityType> cueBefore(const Context& context, std::size_t first) {
    constexpr std::array<std::string_view, 4> kParts{"unit", "subsidiary", "division", "affiliate"};
    constexpr std::array<std::string_view, 9> kSettlements{"towns",     "villages", "districts", "suburbs", "areas",
                                                           "provinces", "states",   "regions",   "islands"};
    constexpr std::array<std::string_view, 12> kMoves{"fled",      "flew",     "flown",     "travelled",
                                                      "traveled",  "returned", "relocated", "deported",
                                                      "evacuated", "moved",    "sailed",    "drove"};
    const std::string_view one = cueWordBefore(context, first, 1);
    if (one.empty()) {
        return std::nullopt;
    }
    const std::string_view two = cueWordBefore(context, first, 2);
    if ((one == "of" && isOneOf(two, kParts)) || afterCompanyExamples(context, first)) {
        return EntityType::Organization;
    }
    if (one == "around" || (one == "of" && isOneOf(two, kSettlements)) || (one == "to" && isOneOf(two, kMoves)) ||
        afterJourneyHome(context, first)) {
        return EntityType::Place;
    }
    return std::nullopt;
}

/// "X Sdn Bhd", "X Ltd", "the X coalition": the name's own last word or the noun right after it says a company or a
/// political bloc whatever the words of the name say.
bool strongOrganisationCue(const Context& context, const Candidate& name) {
    constexpr std::array<std::string_view, 5> kBlocs{"coalition", "alliance", "front", "party", "bloc"};
    const auto& tokens = context.tokens();
    const std::size_t anchor = name.last - 1;
    if (name.last - name.first >= 2 && isLegalForm(tokens[anchor].folded)) {
        return true;
    }
    if (name.last < tokens.size() && tokens[name.last].isWord() && tokens[name.last].capitalized &&
        isLegalForm(tokens[name.last].folded) && tokens[name.last].sentence == tokens[anchor].sentence) {
        return true;
    }
    // "the Anwar Ibrahim coalition" is a leader's bloc, named after a person.
    return !context.isFirstName(name.first) && isOneOf(lowerAt(context, anchor, name.last), kBlocs);
}

std::optional<EntityType> cueAfter(const Context& context, const Candidate& name) {
    constexpr std::array<std::string_view, 9> kAreas{"district", "state",    "county",  "province",    "region",
                                                     "area",     "township", "regency", "municipality"};
    if (strongOrganisationCue(context, name)) {
        return EntityType::Organization;
    }
    const std::size_t anchor = name.last - 1;
    const std::string_view next = lowerAt(context, anchor, name.last);
    if (next.empty()) {
        return std::nullopt;
    }
    // "the X district", "X state": no English names a person so.
    if (isOneOf(next, kAreas)) {
        return EntityType::Place;
    }
    return std::nullopt;
}

/// A person named in full whose surname is the word at `token` ("Anna Dunmore ... Dunmore").
bool isSurnameOfNamedPerson(const Context& context, const std::vector<Candidate>& candidates, std::size_t token) {
    const std::string& word = context.tokens()[token].folded;
    return std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
        return c.type == EntityType::Person && c.last - c.first >= 2 && context.tokens()[c.last - 1].folded == word;
    });
}

/// Only a name typed by default, no list knowing it, without a given name opening it or a title before it.
bool retypable(const Context& context, const std::vector<Candidate>& candidates, const Candidate& name,
               EntityType cue) {
    if (!name.typeIsGuess || name.entry != kNone || name.type == cue || name.type == EntityType::Treaty ||
        name.type == EntityType::Event) {
        return false;
    }
    if (name.type == EntityType::Place && cue == EntityType::Organization) {
        return true;
    }
    if (name.type == EntityType::Organization && cue == EntityType::Organization) {
        return false;
    }
    return !(name.last - name.first >= 2 && context.isFirstName(name.first)) && !afterTitle(context, name.first) &&
           !isSurnameOfNamedPerson(context, candidates, name.last - 1);
}

/// "X and Y", "X, Y and Z": the candidate right after `previous` across a comma, "and" or "or".
bool continuesList(const Context& context, const Candidate& previous, const Candidate& next) {
    if (next.first != previous.last + 1) {
        return false;
    }
    const Token& between = context.tokens()[previous.last];
    return between.sentence == context.tokens()[next.first].sentence &&
           (between.text == "," || between.folded == "and" || between.folded == "or");
}

/// "NHS England", "BBC Scotland", "NHS Wales": a body's acronym right before a nation or a region of a country names
/// the body's branch there, one organisation.
bool isNationBranch(const Context& context, const Candidate& body, const Candidate& place) {
    const auto& tokens = context.tokens();
    if (body.type != EntityType::Organization || body.last - body.first != 1 || !tokens[body.first].allCaps ||
        place.type != EntityType::Place || place.first != body.last || place.entry == kNone ||
        !tokens[place.first].spaceBefore || tokens[place.first].sentence != tokens[body.first].sentence) {
        return false;
    }
    const std::string_view key = context.image().string(context.image().entry(place.entry).key);
    return key.rfind("region:", 0) == 0;
}

/// "Devon and Cornwall Police", "Staffordshire and Stoke-on-Trent Integrated Care Board": a known place, "and", then a
/// body of no list whose head word ends it serves both places, one organisation; "in Kent and Oxford University"
/// is two names, as a preposition introduces the place alone.
bool isTwoPlaceBody(const Context& context, const Candidate& place, const Candidate& body) {
    const auto& tokens = context.tokens();
    if (place.type != EntityType::Place || place.entry == kNone || body.type != EntityType::Organization ||
        body.entry != kNone || body.first != place.last + 1 || body.last - body.first < 2 ||
        tokens[place.last].folded != "and" || tokens[place.last].capitalized ||
        !context.inList(WordList::OrgHead, body.last - 1) || context.inList(WordList::OrgHead, body.first) ||
        tokens[body.first].sentence != tokens[place.first].sentence) {
        return false;
    }
    const std::size_t before = place.first;
    return before == 0 || tokens[before - 1].sentence != tokens[before].sentence || !tokens[before - 1].isWord() ||
           tokens[before - 1].capitalized || !context.inList(WordList::PlacePreposition, before - 1);
}

void joinNationBranches(const Context& context, std::vector<Candidate>& candidates) {
    bool joined = false;
    for (std::size_t k = 0; k + 1 < candidates.size(); ++k) {
        if (isNationBranch(context, candidates[k], candidates[k + 1]) ||
            isTwoPlaceBody(context, candidates[k], candidates[k + 1])) {
            candidates[k] = Candidate{
                candidates[k].first, candidates[k + 1].last, EntityType::Organization, kNone, Origin::Rule, 0.7, false};
            candidates[k + 1].last = candidates[k + 1].first; // dropped below
            joined = true;
        }
    }
    if (joined) {
        candidates.erase(
            std::remove_if(candidates.begin(), candidates.end(), [](const Candidate& c) { return c.last <= c.first; }),
            candidates.end());
    }
}

/// "the Surrey wicketkeeper", "the Kent captain", "Lancashire won the toss", "Durham batted first": a county or a town
/// before a player's role or a cricket side's deed is the club named after it. Countries are left to the national
/// side rules.
bool namesSideByRoleOrDeed(const Context& context, const Candidate& place) {
    constexpr std::array<std::string_view, 18> kRoles{
        "wicketkeeper", "wicket-keeper", "batter",     "batsman",    "batters", "batsmen",
        "bowler",       "bowlers",       "spinner",    "seamer",     "opener",  "all-rounder",
        "captain",      "skipper",       "goalkeeper", "midfielder", "striker", "fly-half"};
    constexpr std::array<std::string_view, 4> kDeeds{"batted", "declared", "bowled", "fielded"};
    if (place.type != EntityType::Place || place.entry == kNone) {
        return false;
    }
    const std::string_view key = context.image().string(context.image().entry(place.entry).key);
    if (key.rfind("country:", 0) == 0) {
        return false;
    }
    const std::size_t anchor = place.last - 1;
    const std::string_view next = lowerAt(context, anchor, place.last);
    if (isOneOf(next, kRoles) || isOneOf(next, kDeeds)) {
        return true;
    }
    return next == "won" && lowerAt(context, anchor, place.last + 1) == "the" &&
           lowerAt(context, anchor, place.last + 2) == "toss";
}

bool isPossessiveMark(const Token& token) {
    return token.text == "'s" || token.text == "\u2019s" || token.text == "'" || token.text == "\u2019";
}

/// "the King's Fund", "Guy's Hospital", "St Thomas' Hospital", "Queen's University": a capitalised word, a
/// possessive, then a capitalised head word of a body or a place make one name with the words around them; "Smith's
/// decision" is a person's possessive, and so is an acronym's ("NASA's Center for ..."); a nationality before the
/// name is no part of it. Returns the name, or nullopt when none holds the possessive at `mark`.
std::optional<Candidate> possessiveName(const Context& context, const std::vector<Candidate>& candidates,
                                        std::size_t mark) {
    const auto& tokens = context.tokens();
    if (mark == 0 || mark + 1 >= tokens.size() || !isPossessiveMark(tokens[mark]) || tokens[mark].spaceBefore ||
        !context.isNameWord(mark - 1) || tokens[mark - 1].allCaps || !context.isNameWord(mark + 1) ||
        tokens[mark + 1].allCaps || tokens[mark + 1].sentence != tokens[mark - 1].sentence) {
        return std::nullopt;
    }
    const bool body = context.inList(WordList::OrgHead, mark + 1);
    if (!body && !context.inList(WordList::PlaceHead, mark + 1)) {
        return std::nullopt;
    }
    // "Anna Reyes's Foundation": a person named in full owns what follows.
    for (const Candidate& c : candidates) {
        if (c.first < mark && mark <= c.last && c.type == EntityType::Person && c.last - c.first >= 2) {
            return std::nullopt;
        }
    }
    std::size_t first = mark - 1;
    while (first > 0 && tokens[first - 1].sentence == tokens[mark].sentence && context.isNameWord(first - 1) &&
           !tokens[first - 1].sentenceInitial && !context.inList(WordList::Determiner, first - 1) &&
           !context.inList(WordList::Demonym, first - 1)) {
        --first;
    }
    std::size_t last = mark + 2;
    while (last < tokens.size() && tokens[last].sentence == tokens[mark].sentence && context.isNameWord(last) &&
           context.inList(WordList::Connector, last) == false) {
        ++last;
    }
    return Candidate{first, last, body ? EntityType::Organization : EntityType::Place, kNone, Origin::Rule, 0.6, false};
}

void addPossessiveNames(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    bool added = false;
    const auto apostropheLead = [](const Token& token) {
        const char lead = token.text.empty() ? '\0' : token.text.front();
        return lead == '\'' || lead == '\xE2';
    };
    for (std::size_t i = nextTokenThat(tokens, 1, apostropheLead); i + 1 < tokens.size();
         i = nextTokenThat(tokens, i + 1, apostropheLead)) {
        const std::optional<Candidate> name = possessiveName(context, candidates, i);
        if (!name) {
            continue;
        }
        candidates.erase(
            std::remove_if(candidates.begin(), candidates.end(),
                           [&](const Candidate& c) { return c.first < name->last && name->first < c.last; }),
            candidates.end());
        candidates.push_back(*name);
        added = true;
        i = name->last;
    }
    if (added) {
        sortByPosition(candidates);
    }
}

} // namespace

bool hasEnglishTownEnding(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 14> kEndings{"ton",     "ford",   "ham",     "wich",    "combe",
                                                        "bridge",  "bury",   "borough", "minster", "mouth",
                                                        "chester", "caster", "ley",     "by"};
    constexpr std::size_t kShortestStem = 3;
    constexpr std::uint64_t kKnown = bitOf(WordList::Common) | bitOf(WordList::CommonNoun) |
                                     bitOf(WordList::FirstName) | bitOf(WordList::Surname) | bitOf(WordList::Demonym) |
                                     bitOf(WordList::Stopword);
    const Token& word = context.tokens()[token];
    if (context.language != "en" || !word.isWord() || !word.capitalized || word.allCaps || (word.flags & kKnown) != 0) {
        return false;
    }
    const std::string_view folded = word.folded;
    return std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view ending) {
        return folded.size() >= ending.size() + kShortestStem && folded.substr(folded.size() - ending.size()) == ending;
    });
}

void applyEnglishNameCues(const Context& context, std::vector<Candidate>& candidates) {
    if (context.language != "en") {
        return;
    }
    std::optional<EntityType> listCue;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        Candidate& name = candidates[k];
        std::optional<EntityType> cue = cueBefore(context, name.first);
        if (!cue) {
            cue = cueAfter(context, name);
        }
        // "developers such as X and Y", "the towns of X, Y and Z": the list's first name's cue holds for the rest.
        if (!cue && listCue && k > 0 && continuesList(context, candidates[k - 1], name)) {
            cue = listCue;
        }
        listCue.reset();
        if (!cue) {
            continue;
        }
        const bool strong =
            name.entry == kNone && ((*cue == EntityType::Organization && name.type == EntityType::Person &&
                                     strongOrganisationCue(context, name)) ||
                                    (*cue == EntityType::Place && afterJourneyHome(context, name.first)));
        if (strong || retypable(context, candidates, name, *cue)) {
            name.type = *cue;
            name.typeIsGuess = false;
            name.confidence = 0.6;
        }
        if (name.type == *cue) {
            listCue = cue;
        }
    }
    for (Candidate& name : candidates) {
        if (namesSideByRoleOrDeed(context, name)) {
            name = Candidate{name.first, name.last, EntityType::Organization, kNone, Origin::Rule, 0.6, false};
        }
    }
    joinNationBranches(context, candidates);
    addPossessiveNames(context, candidates);
}

} // namespace annalist::core::ner
