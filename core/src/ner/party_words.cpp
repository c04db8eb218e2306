// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/party_words.h"

#include "ner/token_skip.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

bool sameSentenceWord(const Context& context, std::size_t a, std::size_t b) {
    const auto& tokens = context.tokens();
    return b < tokens.size() && tokens[a].sentence == tokens[b].sentence && tokens[b].isWord();
}

/// "Labor Day", "Labour Secretary": the nouns of a holiday or an office after the word.
bool namesHolidayOrOffice(const Context& context, std::size_t next) {
    constexpr std::array<std::string_view, 9> kNouns{"day",  "secretary", "department", "ministry",  "minister",
                                                     "code", "court",     "relations",  "statistics"};
    return context.isNameWord(next) && isOneOf(std::string_view(context.tokens()[next].folded), kNouns);
}

/// "Labor said", "Labor has", "Labor:": what a party opening a sentence is followed by.
bool opensClause(const Context& context, std::size_t word) {
    const auto& tokens = context.tokens();
    const std::size_t next = word + 1;
    if (next >= tokens.size() || tokens[next].sentence != tokens[word].sentence) {
        return false;
    }
    if (!tokens[next].isWord()) {
        return tokens[next].text == "," || tokens[next].text == ":";
    }
    constexpr std::uint64_t kNoVerb =
        bitOf(WordList::Determiner) | bitOf(WordList::Connector) | bitOf(WordList::PlacePreposition);
    return (context.inList(WordList::Stopword, next) && (tokens[next].flags & kNoVerb) == 0) ||
           context.inList(WordList::SpeechVerb, next);
}

bool isPartyWord(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    const Token& word = tokens[i];
    const bool coalition = word.folded == "coalition";
    if (!coalition && word.folded != "labor" && word.folded != "labour") {
        return false;
    }
    // "Labor Department", "Labor Day": a capitalised word after it makes a longer name.
    if (sameSentenceWord(context, i, i + 1) && context.isNameWord(i + 1)) {
        return false;
    }
    const bool wordBefore = i > 0 && sameSentenceWord(context, i, i - 1);
    const std::string_view before = wordBefore ? std::string_view(tokens[i - 1].folded) : std::string_view();
    if (coalition) {
        return !word.sentenceInitial && before == "the" && !tokens[i - 1].capitalized;
    }
    if (word.sentenceInitial) {
        return opensClause(context, i);
    }
    // "Bureau of Labor", "American Federation of Labor", "Knights of Labor".
    return !isOneOf(before, {"of", "for", "and", "&"}) && !(wordBefore && context.isNameWord(i - 1));
}

} // namespace

void applyPartyWords(const Context& context, std::vector<Candidate>& candidates) {
    if (context.language != "en") {
        return;
    }
    const auto& tokens = context.tokens();
    bool added = false;
    // Every token passes here: the capital and the word's length rule out almost all at once.
    constexpr std::size_t kShortest = 5;
    const auto longCapitalised = [](const Token& word) {
        return word.capitalized && !word.allCaps && word.folded.size() >= kShortest;
    };
    for (std::size_t i = nextTokenThat(tokens, 0, longCapitalised); i < tokens.size();
         i = nextTokenThat(tokens, i + 1, longCapitalised)) {
        const Token& word = tokens[i];
        if (!isOneOf(std::string_view(word.folded), {"labor", "labour", "coalition"})) {
            continue;
        }
        const auto covering = std::find_if(candidates.begin(), candidates.end(),
                                           [&](const Candidate& c) { return c.first <= i && i < c.last; });
        const bool alone = covering != candidates.end() && covering->first == i && covering->last == i + 1;
        if (alone && covering->type == EntityType::Organization && word.folded == "labour" &&
            sameSentenceWord(context, i, i + 1) && namesHolidayOrOffice(context, i + 1)) {
            candidates.erase(covering);
            continue;
        }
        if (!isPartyWord(context, i)) {
            continue;
        }
        if (covering == candidates.end()) {
            candidates.push_back(Candidate{i, i + 1, EntityType::Organization, kNone, Origin::Rule, 0.6, false});
            added = true;
        } else if (alone && covering->entry == kNone) {
            *covering = Candidate{i, i + 1, EntityType::Organization, kNone, Origin::Rule, 0.6, false};
        }
    }
    if (added) {
        sortByPosition(candidates);
    }
}

} // namespace annalist::core::ner
