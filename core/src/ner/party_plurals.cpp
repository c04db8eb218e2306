// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/party_plurals.h"

#include "ner/token_skip.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

bool isPartyPlural(std::string_view language, std::string_view folded) {
    constexpr std::array<std::string_view, 13> kEnglish{
        "liberals",  "nationals", "greens",      "conservatives", "tories",       "socialists",  "nationalists",
        "unionists", "democrats", "republicans", "communists",    "libertarians", "progressives"};
    constexpr std::array<std::string_view, 15> kItalian{
        "verdi",       "liberali",     "popolari",     "socialisti", "comunisti",
        "democratici", "repubblicani", "conservatori", "laburisti",  "radicali",
        "riformisti",  "nazionalisti", "progressisti", "moderati",   "socialdemocratici"};
    if (language == "en") {
        return isOneOf(folded, kEnglish);
    }
    return language == "it" && isOneOf(folded, kItalian);
}

bool isPluralArticle(std::string_view language, std::string_view folded) {
    constexpr std::array<std::string_view, 14> kItalian{"i",     "gli", "dei",   "degli", "ai",    "agli", "dai",
                                                        "dagli", "nei", "negli", "sui",   "sugli", "coi",  "tra"};
    return language == "en" ? folded == "the" : isOneOf(folded, kItalian);
}

bool isPartyMention(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    const Token& word = tokens[i];
    if (i == 0 || !word.isWord() || !word.capitalized || word.allCaps || word.sentenceInitial ||
        !isPartyPlural(context.language, word.folded)) {
        return false;
    }
    const Token& article = tokens[i - 1];
    return article.sentence == word.sentence && article.isWord() && isPluralArticle(context.language, article.folded);
}

} // namespace

void addPartyPlurals(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    bool added = false;
    // Every token passes here: the capital and the length rule out almost all at once.
    const auto longCapitalised = [](const Token& token) { return token.capitalized && token.folded.size() >= 5; };
    for (std::size_t i = nextTokenThat(tokens, 1, longCapitalised); i < tokens.size();
         i = nextTokenThat(tokens, i + 1, longCapitalised)) {
        if (!isPartyMention(context, i)) {
            continue;
        }
        const auto covering = std::find_if(candidates.begin(), candidates.end(),
                                           [&](const Candidate& c) { return c.first <= i && i < c.last; });
        if (covering == candidates.end()) {
            candidates.push_back(Candidate{i, i + 1, EntityType::Organization, kNone, Origin::Rule, 0.6, false});
            added = true;
        } else if (covering->first == i && covering->last == i + 1 && covering->entry == kNone) {
            *covering = Candidate{i, i + 1, EntityType::Organization, kNone, Origin::Rule, 0.6, false};
        }
    }
    if (added) {
        sortByPosition(candidates);
    }
}

} // namespace annalist::core::ner
