// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/english_company_cues.h"

#include "ner/cue_words.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

enum class Cue { None, Weak, Strong };

/// The folded text of token `at` if it is in the sentence of `anchor`, or an empty view.
std::string_view foldedAt(const Context& context, std::size_t anchor, std::size_t at) {
    const auto& tokens = context.tokens();
    return at < tokens.size() && tokens[at].sentence == tokens[anchor].sentence ? std::string_view(tokens[at].folded)
                                                                                : std::string_view();
}

bool isExchange(std::string_view word) {
    constexpr std::array<std::string_view, 13> kExchanges{"nyse", "nasdaq", "lse",      "tsx",   "asx", "hkex", "sgx",
                                                          "bse",  "nse",    "euronext", "xetra", "otc", "amex"};
    return isOneOf(word, kExchanges);
}

Cue cueBefore(const Context& context, std::size_t first) {
    constexpr std::array<std::string_view, 20> kTrades{
        "maker",   "makers",  "chipmaker", "automaker", "carmaker",     "drugmaker", "giant",
        "lender",  "insurer", "carrier",   "supplier",  "provider",     "retailer",  "firm",
        "company", "startup", "start-up",  "operator",  "conglomerate", "subsidiary"};
    constexpr std::array<std::string_view, 3> kHoldings{"shares", "stake", "stock"};
    constexpr std::array<std::string_view, 9> kStaff{"analyst",    "analysts",   "economist",
                                                     "economists", "strategist", "strategists",
                                                     "executive",  "executives", "engineers"};
    constexpr std::array<std::string_view, 3> kSpokespeople{"spokesperson", "spokesman", "spokeswoman"};
    const std::string_view one = cueWordBefore(context, first, 1);
    if (one.empty()) {
        return Cue::None;
    }
    if (isOneOf(one, kTrades)) {
        return Cue::Strong;
    }
    const std::string_view two = cueWordBefore(context, first, 2);
    if (((one == "of" || one == "in") && isOneOf(two, kHoldings)) || (one == "at" && isOneOf(two, kStaff))) {
        return Cue::Strong;
    }
    return one == "for" && isOneOf(two, kSpokespeople) ? Cue::Weak : Cue::None;
}

/// "X's chief executive", "X's shares", "X shares fell", "X (NYSE: ABC)", "X, the Espoo-based company".
bool strongCueAfter(const Context& context, std::size_t last) {
    constexpr std::array<std::string_view, 17> kOwned{
        "ceo",    "cfo",          "shares",     "stock",        "shareholders", "investors",
        "board",  "headquarters", "subsidiary", "subsidiaries", "revenue",      "revenues",
        "profit", "profits",      "earnings",   "stake",        "chairman"};
    constexpr std::array<std::string_view, 4> kChiefs{"executive", "financial", "operating", "technology"};
    const auto& tokens = context.tokens();
    const std::size_t anchor = last - 1;
    const std::string_view next = foldedAt(context, anchor, last);
    if (next.empty()) {
        return false;
    }
    if (next == "'s" || next == "\u2019s") {
        const std::string_view owned = foldedAt(context, anchor, last + 1);
        return isOneOf(owned, kOwned) || (owned == "chief" && isOneOf(foldedAt(context, anchor, last + 2), kChiefs));
    }
    // "Nokia shares fell"; "Jones shares the view" is a verb.
    if ((next == "shares" || next == "stock") && !tokens[last].capitalized) {
        constexpr std::array<std::string_view, 9> kObjects{"his", "her", "my",    "your", "some",
                                                           "no",  "our", "their", "its"};
        const std::string_view after = foldedAt(context, anchor, last + 1);
        return !after.empty() && !context.inList(WordList::Determiner, last + 1) && !isOneOf(after, kObjects);
    }
    if (next == "(") {
        return isExchange(foldedAt(context, anchor, last + 1)) && foldedAt(context, anchor, last + 2) == ":";
    }
    if (next == ",") {
        const std::string_view article = foldedAt(context, anchor, last + 1);
        const std::string_view based = foldedAt(context, anchor, last + 2);
        constexpr std::string_view kBased = "-based";
        return (article == "the" || article == "a" || article == "an") && based.size() > kBased.size() &&
               based.substr(based.size() - kBased.size()) == kBased;
    }
    return false;
}

/// "X said in a statement": a company's way of speaking, but a person's too.
bool weakCueAfter(const Context& context, std::size_t last) {
    const std::size_t anchor = last - 1;
    return foldedAt(context, anchor, last) == "said" && foldedAt(context, anchor, last + 1) == "in" &&
           foldedAt(context, anchor, last + 2) == "a" && foldedAt(context, anchor, last + 3) == "statement";
}

/// "Nokia", "Mobile": a town or an unknown place, not a country, a region or a nation.
bool isTownOrUnknownPlace(const Context& context, const Candidate& name) {
    if (name.entry == kNone) {
        return true;
    }
    const std::string_view key = context.image().string(context.image().entry(name.entry).key);
    return key.rfind("city:", 0) == 0;
}

bool retypableByStrongCue(const Context& context, const Candidate& name) {
    return name.entry == kNone ? name.type == EntityType::Person || name.type == EntityType::Place
                               : name.type == EntityType::Place && isTownOrUnknownPlace(context, name);
}

/// A person named in full whose surname is the word at `token` ("Anna Dunmore ... Dunmore said").
bool isSurnameOfNamedPerson(const Context& context, const std::vector<Candidate>& candidates, std::size_t token) {
    const std::string& word = context.tokens()[token].folded;
    return std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
        return c.type == EntityType::Person && c.last - c.first >= 2 && context.tokens()[c.last - 1].folded == word;
    });
}

bool retypableByWeakCue(const Context& context, const std::vector<Candidate>& candidates, const Candidate& name) {
    return name.type == EntityType::Person && name.entry == kNone && name.last - name.first == 1 &&
           !context.isFirstName(name.first) && !context.inList(WordList::Surname, name.first) &&
           !isSurnameOfNamedPerson(context, candidates, name.first);
}

/// "(NYSE: ORH)": the ticker after an exchange and a colon.
bool isTicker(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    const std::size_t first = name.first;
    return first >= 3 && tokens[first - 1].text == ":" && isExchange(tokens[first - 2].folded) &&
           tokens[first - 3].text == "(" && tokens[first - 3].sentence == tokens[first].sentence;
}

} // namespace

void applyEnglishCompanyCues(const Context& context, std::vector<Candidate>& candidates) {
    if (context.language != "en") {
        return;
    }
    bool tickers = false;
    for (Candidate& name : candidates) {
        if (isTicker(context, name)) {
            name.last = name.first; // dropped below
            tickers = true;
            continue;
        }
        if (name.type == EntityType::Organization || name.type == EntityType::Treaty) {
            continue;
        }
        const Cue before = cueBefore(context, name.first);
        const bool strong = before == Cue::Strong || strongCueAfter(context, name.last);
        const bool weak = before == Cue::Weak || weakCueAfter(context, name.last);
        if ((strong && retypableByStrongCue(context, name)) ||
            (weak && retypableByWeakCue(context, candidates, name))) {
            name = Candidate{name.first, name.last, EntityType::Organization, kNone, Origin::Rule, 0.6, false};
        }
    }
    if (tickers) {
        candidates.erase(
            std::remove_if(candidates.begin(), candidates.end(), [](const Candidate& c) { return c.last <= c.first; }),
            candidates.end());
    }
}

} // namespace annalist::core::ner
