// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/road_names.h"

#include "ner/place_rules.h"
#include "ner/token_skip.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace annalist::core::ner {

namespace {

struct Road {
    std::size_t first = 0;
    std::size_t last = 0;
};

bool allDigits(std::string_view text, std::size_t fewest, std::size_t most) {
    return text.size() >= fewest && text.size() <= most &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// "A14", "M25": a capital letter and a road's number.
bool isLetterCode(const Token& token, std::string_view letters, std::size_t mostDigits) {
    const std::string_view text = token.text;
    return token.isWord() && text.size() >= 2 && letters.find(text.front()) != std::string_view::npos &&
           allDigits(text.substr(1), 1, mostDigits);
}

bool isRoadNumber(const Context& context, std::size_t token) {
    const auto& tokens = context.tokens();
    return token < tokens.size() && tokens[token].sentence == tokens[token - 1].sentence &&
           tokens[token].kind == TokenKind::Number && allDigits(tokens[token].text, 1, 3);
}

/// The word before `token` in its sentence with an elision's apostrophe left out ("sull'" → "sull"), or empty.
std::string_view wordBeforeStem(const Context& context, std::size_t token) {
    const auto& tokens = context.tokens();
    if (token == 0 || !tokens[token - 1].isWord() || tokens[token - 1].sentence != tokens[token].sentence) {
        return {};
    }
    std::string_view word = tokens[token - 1].folded;
    for (std::string_view mark : {std::string_view("'"), std::string_view("\u2019")}) {
        if (word.size() > mark.size() && word.substr(word.size() - mark.size()) == mark) {
            word.remove_suffix(mark.size());
        }
    }
    return word;
}

/// "retrocessa dalla A2", "la A1 femminile": the first divisions of basketball and volleyball share the codes of the
/// first motorways; a sport word in the sentence or a team's gender after the code says the division.
bool namesDivision(const Context& context, std::size_t token) {
    const auto& tokens = context.tokens();
    const std::string& text = tokens[token].text;
    if (text.size() != 2 || text[1] > '3') {
        return false;
    }
    const std::size_t next = token + 1;
    if (next < tokens.size() && (tokens[next].folded == "femminile" || tokens[next].folded == "maschile")) {
        return true;
    }
    const std::size_t sentence = tokens[token].sentence;
    for (std::size_t i = token; i > 0 && tokens[i - 1].sentence == sentence; --i) {
        if (context.inList(WordList::SportWord, i - 1)) {
            return true;
        }
    }
    for (std::size_t i = next; i < tokens.size() && tokens[i].sentence == sentence; ++i) {
        if (context.inList(WordList::SportWord, i)) {
            return true;
        }
    }
    return false;
}

/// "sulla A14", "l'A4": Italian motorways go by a feminine article, which "foglio A4" or "Audi A4" lack.
bool isItalianMotorway(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 12> kArticles{"la",    "l",    "della", "dell", "alla",  "all",
                                                         "dalla", "dall", "nella", "nell", "sulla", "sull"};
    const std::string_view before = wordBeforeStem(context, token);
    // "L'A4 è chiusa": an article opening the sentence has its capital.
    const bool article =
        !before.empty() && (!context.isNameWord(token - 1) || context.tokens()[token - 1].sentenceInitial);
    return article && isLetterCode(context.tokens()[token], "A", 2) &&
           std::find(kArticles.begin(), kArticles.end(), before) != kArticles.end() && !namesDivision(context, token);
}

/// "on the M25", "along the A1": a British road after "the" and a preposition of movement or place.
bool isBritishRoad(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 6> kAlong{"on", "along", "off", "onto", "of", "via"};
    if (!isLetterCode(context.tokens()[token], "AM", 3) || wordBeforeStem(context, token) != "the") {
        return false;
    }
    const std::string_view preposition = wordBeforeStem(context, token - 1);
    return std::find(kAlong.begin(), kAlong.end(), preposition) != kAlong.end() ||
           (!preposition.empty() && context.inList(WordList::PlacePreposition, token - 2));
}

/// "SS 554", "la statale 106", "strada provinciale 12": [first, last) up to the number, or nullopt.
std::optional<Road> italianNumberedRoad(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 4> kCodes{"SS", "SP", "SR", "SGC"};
    const Token& word = context.tokens()[token];
    const bool code = std::find(kCodes.begin(), kCodes.end(), word.text) != kCodes.end();
    const bool noun = word.folded == "statale" || word.folded == "provinciale";
    if ((!code && !noun) || !isRoadNumber(context, token + 1)) {
        return std::nullopt;
    }
    const bool street = noun && wordBeforeStem(context, token) == "strada";
    return Road{street ? token - 1 : token, token + 2};
}

/// "Interstate 95", "U.S. Route 1", "State Route 9", "I-95": [first, last), or nullopt.
std::optional<Road> americanHighway(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 4> kHeads{"Interstate", "Route", "Highway", "Freeway"};
    constexpr std::array<std::string_view, 5> kQualifiers{"U.S", "US", "State", "County", "Federal"};
    const auto& tokens = context.tokens();
    const std::string_view text = tokens[token].text;
    // "I-95" comes as "I", "-", "95".
    if (text == "I" && token + 2 < tokens.size() && tokens[token + 1].text == "-" && !tokens[token + 1].spaceBefore &&
        !tokens[token + 2].spaceBefore && isRoadNumber(context, token + 2)) {
        return Road{token, token + 3};
    }
    if (std::find(kHeads.begin(), kHeads.end(), text) == kHeads.end() || !isRoadNumber(context, token + 1)) {
        return std::nullopt;
    }
    std::size_t first = token;
    // "U.S. Route 1" comes as "U.S", ".", "Route".
    const std::size_t dot = first >= 2 && tokens[first - 1].text == "." ? 1 : 0;
    if (first > dot && tokens[first - 1 - dot].sentence == tokens[token].sentence &&
        std::find(kQualifiers.begin(), kQualifiers.end(), tokens[first - 1 - dot].text) != kQualifiers.end()) {
        first -= 1 + dot;
    }
    return Road{first, token + 2};
}

/// "SS 195 Sulcitana", "A4 Torino-Trieste": a road's name after its code, a capitalised word like the old consular
/// roads' adjectives (Aurelia, Jonica) that names no known place, or a hyphenated pair of the towns it joins.
bool namesRoad(const Context& context, std::size_t token) {
    const auto& tokens = context.tokens();
    if (token >= tokens.size() || tokens[token].sentence != tokens[token - 1].sentence || !context.isNameWord(token) ||
        tokens[token].allCaps) {
        return false;
    }
    if (joinsKnownPlaces(context, token)) {
        return true;
    }
    const std::string& folded = tokens[token].folded;
    constexpr std::uint64_t kNotName = bitOf(WordList::Stopword) | bitOf(WordList::Determiner) |
                                       bitOf(WordList::FirstName) | bitOf(WordList::Calendar);
    return folded.size() > 3 && folded.back() == 'a' && (tokens[token].flags & kNotName) == 0 &&
           !isKnownPlaceWord(context, folded);
}

std::optional<Road> roadAt(const Context& context, std::size_t token) {
    std::optional<Road> road;
    if (context.language == "en") {
        road = americanHighway(context, token);
        if (!road && isBritishRoad(context, token)) {
            road = Road{token, token + 1};
        }
        return road;
    }
    if (context.language != "it") {
        return std::nullopt;
    }
    road = italianNumberedRoad(context, token);
    if (!road && isItalianMotorway(context, token)) {
        road = Road{token, token + 1};
    }
    if (road && namesRoad(context, road->last)) {
        ++road->last;
    }
    return road;
}

bool overlaps(const Candidate& candidate, const Road& road) {
    return candidate.first < road.last && road.first < candidate.last;
}

/// True when a place already found covers the whole road ("autostrada A14").
bool coveredByPlace(const std::vector<Candidate>& candidates, const Road& road) {
    return std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& candidate) {
        return candidate.type == EntityType::Place && candidate.first <= road.first && road.last <= candidate.last;
    });
}

/// A cheap test that rules out almost every token before the road rules look at it: a road opens with a letter and
/// a digit ("A14"), with "I" of "I-95", or with a word before a number ("SS 554", "Route 66").
bool mayOpenRoad(const std::vector<Token>& tokens, std::size_t i) {
    const Token& token = tokens[i];
    if (!token.isWord() ||
        (!token.capitalized && !token.allCaps && token.text.front() != 's' && token.text.front() != 'p')) {
        return false;
    }
    const std::string& text = token.text;
    if (text.size() <= 1) {
        return text == "I";
    }
    return (text[1] >= '0' && text[1] <= '9') || (i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::Number);
}

} // namespace

void applyRoadNames(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    if (context.language != "it" && context.language != "en") {
        return;
    }
    bool added = false;
    // Every token passes here: a road opens with a word in capitals or a lowercase "s" or "p" ("ss", "provinciale").
    const auto roadLike = [](const Token& token) {
        return token.isWord() &&
               (token.capitalized || token.allCaps || token.text.front() == 's' || token.text.front() == 'p');
    };
    for (std::size_t i = nextTokenThat(tokens, 0, roadLike); i < tokens.size();
         i = nextTokenThat(tokens, i + 1, roadLike)) {
        if (!mayOpenRoad(tokens, i)) {
            continue;
        }
        const std::optional<Road> road = roadAt(context, i);
        if (!road || coveredByPlace(candidates, *road)) {
            continue;
        }
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&](const Candidate& candidate) { return overlaps(candidate, *road); }),
                         candidates.end());
        candidates.push_back(Candidate{road->first, road->last, EntityType::Place, kNone, Origin::Rule, 0.7, false});
        added = true;
        i = road->last - 1;
    }
    if (added) {
        sortByPosition(candidates);
    }
}

} // namespace annalist::core::ner
