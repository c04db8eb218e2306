// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/player_rules.h"

#include "ner/club_rules.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace annalist::core::ner {

namespace {

/// "6-4", "7-6", "6 - 0": the score of one set, in one token or three.
bool isSetScore(const std::vector<Token>& tokens, std::size_t i) {
    const auto isGames = [](const Token& token, bool winner) {
        return token.kind == TokenKind::Number && token.text.size() == 1 &&
               (winner ? (token.text[0] == '6' || token.text[0] == '7')
                       : (token.text[0] >= '0' && token.text[0] <= '7'));
    };
    const std::string& text = tokens[i].text;
    if (tokens[i].kind == TokenKind::Number && text.size() == 3 && (text[0] == '6' || text[0] == '7') &&
        text[1] == '-' && text[2] >= '0' && text[2] <= '7') {
        return true;
    }
    return i + 2 < tokens.size() && isGames(tokens[i], true) && tokens[i + 1].text == "-" &&
           isGames(tokens[i + 2], false) && tokens[i + 2].sentence == tokens[i].sentence;
}

/// "tiebreak", "seeded", "in straight sets", "in five sets": words only a tennis match is told with.
bool isTennisWord(const std::vector<Token>& tokens, std::size_t i) {
    static constexpr std::array<std::string_view, 5> kWords{"tiebreak", "tie-break", "tiebreaker", "seeded",
                                                            "tiebreaks"};
    static constexpr std::array<std::string_view, 4> kSetCounts{"straight", "three", "four", "five"};
    const std::string_view folded = tokens[i].folded;
    if (isOneOf(folded, kWords)) {
        return true;
    }
    return folded == "sets" && i > 0 && tokens[i - 1].sentence == tokens[i].sentence &&
           isOneOf(tokens[i - 1].folded, kSetCounts);
}

/// Verbs after the winner or the loser of a match.
constexpr std::array<std::string_view, 10> kResult{"beat",     "beats",    "lost",      "defeated", "edged",
                                                   "overcame", "thrashed", "outlasted", "saw",      "won"};

} // namespace

void applyPlayerContext(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    std::vector<bool> tennis(context.tokenized.sentences.size() + 1, false);
    bool any = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        if (token.sentence < tennis.size() && (isSetScore(tokens, i) || (token.isWord() && isTennisWord(tokens, i)))) {
            tennis[token.sentence] = true;
            any = true;
        }
    }
    // "perso il primo set 22-25", "al tie-break": a volleyball match is told with the same words.
    if (!any || namesTeamSport(context)) {
        return;
    }
    const auto inTennis = [&](std::size_t token) {
        return tokens[token].sentence < tennis.size() && tennis[tokens[token].sentence];
    };
    std::vector<std::string_view> players;
    std::vector<bool> covered(tokens.size(), false);
    for (const Candidate& candidate : candidates) {
        std::fill(covered.begin() + static_cast<std::ptrdiff_t>(candidate.first),
                  covered.begin() + static_cast<std::ptrdiff_t>(candidate.last), true);
        if (candidate.type == EntityType::Organization && !tokens[candidate.first].allCaps &&
            candidate.entry == kNone && candidate.last - candidate.first == 1 && inTennis(candidate.first)) {
            players.push_back(tokens[candidate.first].folded);
        }
    }
    constexpr std::uint64_t kNotSurname = bitOf(WordList::Stopword) | bitOf(WordList::Common) | bitOf(WordList::Title) |
                                          bitOf(WordList::Demonym) | bitOf(WordList::Calendar) |
                                          bitOf(WordList::Determiner);
    std::vector<Candidate> added;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        const Token& token = tokens[i];
        if (!covered[i] && token.sentenceInitial && token.isWord() && token.capitalized && !token.allCaps &&
            (token.flags & kNotSurname) == 0 && tokens[i + 1].sentence == token.sentence &&
            isOneOf(tokens[i + 1].folded, kResult) && inTennis(i)) {
            added.push_back(Candidate{i, i + 1, EntityType::Person, kNone, Origin::Rule, 0.5, false});
        }
    }
    for (Candidate& candidate : candidates) {
        if (candidate.type == EntityType::Organization && !tokens[candidate.first].allCaps &&
            candidate.entry == kNone && candidate.last - candidate.first == 1 &&
            std::find(players.begin(), players.end(), tokens[candidate.first].folded) != players.end()) {
            candidate.type = EntityType::Person;
            candidate.typeIsGuess = false;
        }
    }
    if (added.empty()) {
        return;
    }
    candidates.insert(candidates.end(), added.begin(), added.end());
    sortByPosition(candidates);
}

} // namespace annalist::core::ner
