// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/national_teams.h"

#include "ner/match_rules.h"
#include "ner/match_scores.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>

namespace annalist::core::ner {

namespace {

// Sentences with a word of sport or a score that make a whole text sports news.
constexpr std::size_t kSportsTextSentences = 2;

// Lowercase words of national teams' matches, beside the sport words of the lexicon: "il girone", "la semifinale".
constexpr std::array<std::string_view, 10> kMatchWords{
    "girone",   "gironi", "qualificazioni", "semifinale", "semifinali",
    "portiere", "ct",     "match",          "olimpici",   "olimpiche"};

// Capitalised names of national teams' tournaments: "ai Mondiali", "alle Olimpiadi".
constexpr std::array<std::string_view, 2> kTournamentWords{"mondiali", "olimpiadi"};

// Articles and prepositions before an Italian country that is a side: "la Francia", "contro l'Algeria",
// "all'Italia". "in", "nella", "dalla" make it a venue or an origin instead.
constexpr std::array<std::string_view, 23> kSideWords{
    "il",   "lo",        "la",  "l'",    "l\u2019", "del", "dello",    "della", "dell'", "dell\u2019", "al", "alla",
    "all'", "all\u2019", "sul", "sulla", "contro",  "un'", "un\u2019", "una",   "col",   "tra",        "fra"};

// Words that join the two sides of a fixture: "tra Italia e Francia", "Italia-Francia".
constexpr std::array<std::string_view, 4> kFixtureJoiners{"e", "ed", "-", "\u2013"};

// Result and fixture verbs beside a side, which tell of a match in a text about sport: "la Francia batte", "ha
// battuto l'Italia", "l'Italia affronterà" (folded, without accents).
constexpr std::array<std::string_view, 24> kResultVerbs{
    "batte",    "vince",      "pareggia", "perde",      "espugna",  "supera",     "sconfigge", "travolge",
    "piega",    "battuto",    "vinto",    "pareggiato", "perso",    "sconfitto",  "superato",  "travolto",
    "affronta", "affrontera", "sfida",    "sfidera",    "incontra", "incontrera", "ospita",    "ospitera"};

/// True for a token that tells of a match: a sport word, a match word, a tournament's name or a score.
bool tellsOfMatch(const Context& context, std::size_t i) {
    const Token& token = context.tokens()[i];
    if (token.kind == TokenKind::Number) {
        return isScore(context.tokens(), i);
    }
    if (!token.isWord()) {
        return false;
    }
    const bool lower = !token.capitalized || token.sentenceInitial;
    if (lower && (context.inList(WordList::SportWord, i) || isOneOf(token.folded, kMatchWords))) {
        return true;
    }
    // "il Sei Nazioni": the rugby tournament of six nations.
    if (token.capitalized && token.folded == "nazioni" && i > 0 && context.tokens()[i - 1].folded == "sei") {
        return true;
    }
    // "la Nazionale sudafricana", "la Nazionale azzurra": the national team, not a body ("Banca Nazionale svizzera").
    const auto& tokens = context.tokens();
    if (token.capitalized && !token.sentenceInitial && token.folded == "nazionale" && i > 0 && i + 1 < tokens.size() &&
        (!context.isNameWord(i - 1) || (tokens[i - 1].sentenceInitial && context.inList(WordList::Stopword, i - 1))) &&
        tokens[i + 1].sentence == token.sentence && !tokens[i + 1].capitalized &&
        (context.inList(WordList::Demonym, i + 1) || tokens[i + 1].folded == "azzurra")) {
        return true;
    }
    return token.capitalized && !token.sentenceInitial && isOneOf(token.folded, kTournamentWords);
}

/// True when a token of the sentence of `at` tells of a match.
bool sentenceTellsOfMatch(const Context& context, std::size_t at) {
    const auto& tokens = context.tokens();
    const std::size_t sentence = tokens[at].sentence;
    std::size_t first = at;
    while (first > 0 && tokens[first - 1].sentence == sentence) {
        --first;
    }
    for (std::size_t i = first; i < tokens.size() && tokens[i].sentence == sentence; ++i) {
        if (tellsOfMatch(context, i)) {
            return true;
        }
    }
    return false;
}

/// True when enough sentences of the text tell of a match to make it sports news.
bool textTellsOfMatch(const Context& context) {
    const auto& tokens = context.tokens();
    std::size_t count = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tellsOfMatch(context, i)) {
            if (++count >= kSportsTextSentences) {
                return true;
            }
            // One token is enough for its sentence.
            const std::size_t sentence = tokens[i].sentence;
            while (i + 1 < tokens.size() && tokens[i + 1].sentence == sentence) {
                ++i;
            }
        }
    }
    return false;
}

bool sameSentence(const Context& context, std::size_t a, std::size_t b) {
    const auto& tokens = context.tokens();
    return a < tokens.size() && b < tokens.size() && tokens[a].sentence == tokens[b].sentence;
}

/// The lowercase word at `i` in the sentence of `at`, or empty.
std::string_view lowerWordAt(const Context& context, std::size_t i, std::size_t at) {
    if (!sameSentence(context, i, at)) {
        return {};
    }
    const Token& token = context.tokens()[i];
    return token.isWord() && !token.capitalized ? std::string_view(token.folded) : std::string_view{};
}

/// A result verb or a score right after the name, or a result verb right before it: "la Francia batte", "Italia
/// 2-1", "ha battuto l'Italia".
bool resultBeside(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    const std::size_t at = name.first;
    if (sameSentence(context, name.last, at) && isScore(tokens, name.last)) {
        return true;
    }
    std::string_view after = lowerWordAt(context, name.last, at);
    if (after == "ha" || after == "aveva") {
        after = lowerWordAt(context, name.last + 1, at);
    }
    if (isOneOf(after, kResultVerbs)) {
        return true;
    }
    // The article of the side after the verb: "ha battuto la Francia".
    std::size_t before = at;
    if (before > 0 && isOneOf(lowerWordAt(context, before - 1, at), kSideWords)) {
        --before;
    }
    return before > 0 && isOneOf(lowerWordAt(context, before - 1, at), kResultVerbs);
}

/// An Italian country in a side's place: after an article or "contro", or opening the sentence ("Italia al playoff").
bool inSidePlace(const Context& context, const Candidate& name) {
    const std::size_t at = name.first;
    if (at == 0 || !sameSentence(context, at - 1, at)) {
        return true;
    }
    const Token& before = context.tokens()[at - 1];
    // "Italia - Francia": a fixture's dash.
    if (before.text == "-" || before.text == "\u2013") {
        return true;
    }
    if (before.isWord() && (!before.capitalized || before.sentenceInitial) && isOneOf(before.folded, kSideWords)) {
        return true;
    }
    // "una brillante Francia", "una non eccezionale Inghilterra": words that describe the side after "una".
    for (std::size_t back = 2; back <= 3 && back <= at; ++back) {
        const std::string_view word = lowerWordAt(context, at - back + 1, at);
        const bool adverb = word == "non" || word == "piu" || word == "più" || word == "molto";
        if (word.empty() || (context.inList(WordList::Stopword, at - back + 1) && !adverb)) {
            return false;
        }
        const Token& opening = context.tokens()[at - back];
        const std::string_view article = sameSentence(context, at - back, at) && opening.isWord() &&
                                                 (!opening.capitalized || opening.sentenceInitial)
                                             ? std::string_view(opening.folded)
                                             : std::string_view{};
        if (article == "una" || article == "un'" || article == "un\u2019") {
            return true;
        }
    }
    return false;
}

bool isCountry(const Context& context, const Candidate& name) {
    if (name.type != EntityType::Place || name.entry == kNone) {
        return false;
    }
    return isNation(context.image().string(context.image().entry(name.entry).key));
}

} // namespace

void applyNationalTeams(const Context& context, std::vector<Candidate>& candidates) {
    // English news names a national team by its country as the place ("Brazil beat Argentina"): see isNation.
    if (context.language != "it") {
        return;
    }
    // Read the whole text at most once, and only for a country beside a result verb outside a sentence on sport; read
    // each sentence at most once too, for the countries of one sentence come one after another.
    int sportsText = -1;
    std::size_t readSentence = std::numeric_limits<std::size_t>::max();
    bool sentenceOnSport = false;
    const auto& tokens = context.tokens();
    std::size_t lastTeam = candidates.size();
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        Candidate& name = candidates[k];
        if (!isCountry(context, name)) {
            continue;
        }
        bool team = false;
        if (inSidePlace(context, name)) {
            if (tokens[name.first].sentence != readSentence) {
                readSentence = tokens[name.first].sentence;
                sentenceOnSport = sentenceTellsOfMatch(context, name.first);
            }
            team = sentenceOnSport;
            if (!team && resultBeside(context, name)) {
                if (sportsText < 0) {
                    sportsText = textTellsOfMatch(context) ? 1 : 0;
                }
                team = sportsText == 1;
            }
        }
        // "tra Italia e Francia", "Italia-Francia": a country joined to a national side is the other side.
        if (!team && k > 0 && k - 1 == lastTeam) {
            const Candidate& side = candidates[k - 1];
            team = name.first == side.last + 1 && sameSentence(context, side.first, name.first) &&
                   isOneOf(tokens[side.last].folded, kFixtureJoiners);
        }
        if (team) {
            lastTeam = k;
            name = Candidate{name.first, name.last, EntityType::Organization, kNone, Origin::Rule, 0.65, false};
        }
    }
}

} // namespace annalist::core::ner
