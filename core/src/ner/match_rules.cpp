// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/match_rules.h"

#include "ner/name_cues.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// Verbs whose object is the other side of a match: "beat Liverpool".
constexpr std::array<std::string_view, 14> kBeat = {"beat",       "beats",   "beating", "defeated", "thrashed",
                                                    "hammered",   "edged",   "stunned", "routed",   "overcame",
                                                    "eliminated", "knocked", "v",       "vs"};
/// Verbs after the subject side: "Liverpool beat", "Chelsea lost".
constexpr std::array<std::string_view, 16> kResult = {"beat",  "beats", "drew",     "draw",     "lost",    "lose",
                                                      "loses", "edged", "thrashed", "hammered", "stunned", "routed",
                                                      "won",   "v",     "vs",       "drawn"};
/// Two-word phrases before the other side: "drew with", "lost to", "held by", "win over".
struct Pair {
    std::string_view verb;
    std::string_view preposition;
};
constexpr std::array<Pair, 14> kPairs = {{{"drew", "with"},
                                          {"draw", "with"},
                                          {"lost", "to"},
                                          {"lose", "to"},
                                          {"losing", "to"},
                                          {"held", "by"},
                                          {"beaten", "by"},
                                          {"win", "over"},
                                          {"victory", "over"},
                                          {"win", "against"},
                                          {"defeat", "to"},
                                          {"home", "to"},
                                          {"away", "to"},
                                          {"draw", "against"}}};

bool isWordAt(const Context& context, std::size_t i, std::size_t sentence) {
    const auto& tokens = context.tokens();
    return i < tokens.size() && tokens[i].sentence == sentence;
}

/// "2-1", "2 - 1", "3–0": a score right after the name.
bool scoreFollows(const Context& context, std::size_t at, std::size_t sentence) {
    const auto& tokens = context.tokens();
    if (!isWordAt(context, at, sentence) || tokens[at].kind != TokenKind::Number) {
        return false;
    }
    const std::string& text = tokens[at].text;
    if (text.find('-') != std::string::npos || text.find("\u2013") != std::string::npos) {
        return true;
    }
    return isWordAt(context, at + 2, sentence) && (tokens[at + 1].text == "-" || tokens[at + 1].text == "\u2013") &&
           tokens[at + 2].kind == TokenKind::Number;
}

bool inMatchContext(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    const std::size_t sentence = tokens[name.first].sentence;
    if (scoreFollows(context, name.last, sentence)) {
        return true;
    }
    if (isWordAt(context, name.last, sentence) && isOneOf(tokens[name.last].folded, kResult)) {
        return true;
    }
    if (name.first == 0 || tokens[name.first - 1].sentence != sentence) {
        return false;
    }
    const std::string& before = tokens[name.first - 1].folded;
    if (isOneOf(before, kBeat)) {
        return true;
    }
    if (name.first < 2 || tokens[name.first - 2].sentence != sentence) {
        return false;
    }
    const std::string& verb = tokens[name.first - 2].folded;
    return std::any_of(kPairs.begin(), kPairs.end(),
                       [&](const Pair& pair) { return pair.verb == verb && pair.preposition == before; });
}

/// A town or a name typed by default: a club may be named after either; a nation may not.
bool mayNameClub(const Context& context, const Candidate& name) {
    if (name.type == EntityType::Person) {
        return name.typeIsGuess && name.entry == kNone;
    }
    if (name.type != EntityType::Place) {
        return false;
    }
    if (name.entry == kNone) {
        return true;
    }
    const std::string_view key = context.image().string(context.image().entry(name.entry).key);
    return !isNation(key);
}

} // namespace

bool afterPlacePreposition(const Context& context, std::size_t first) {
    const auto& tokens = context.tokens();
    if (first == 0 || tokens[first - 1].sentence != tokens[first].sentence ||
        !context.inList(WordList::PlacePreposition, first - 1)) {
        return false;
    }
    // A capital that only opens the sentence keeps the preposition one.
    return !context.isNameWord(first - 1) || tokens[first - 1].sentenceInitial;
}

bool isNation(std::string_view key) {
    static constexpr std::array<std::string_view, 4> kNations = {"region:GB-ENG", "region:GB-SCT", "region:GB-WLS",
                                                                 "region:GB-NIR"};
    return key.rfind("country:", 0) == 0 || isOneOf(key, kNations);
}

void applyMatchContext(const Context& context, std::vector<Candidate>& candidates) {
    std::vector<std::string> clubs;
    for (const Candidate& candidate : candidates) {
        // A town the team rules already made a club ("il Parma") names the club in its other mentions too.
        const bool club =
            candidate.type == EntityType::Organization && candidate.origin == Origin::Rule && candidate.entry == kNone;
        if ((mayNameClub(context, candidate) || club) && inMatchContext(context, candidate)) {
            clubs.push_back(context.foldedKey(candidate.first, candidate.last));
        }
    }
    if (clubs.empty()) {
        return;
    }
    for (Candidate& candidate : candidates) {
        // "the city of Northampton" is the town, whatever its club did.
        if (mayNameClub(context, candidate) && !afterPlaceNoun(context, candidate.first) &&
            std::find(clubs.begin(), clubs.end(), context.foldedKey(candidate.first, candidate.last)) != clubs.end()) {
            candidate.type = EntityType::Organization;
            candidate.entry = kNone;
            candidate.typeIsGuess = false;
            candidate.confidence = std::max(candidate.confidence, 0.6);
        }
    }
}

} // namespace annalist::core::ner
