// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/place_rules.h"

#include "ner/person_rules.h"
#include "ner/surname_cues.h"
#include "ner/word_entries.h"

#include <algorithm>

namespace annalist::core::ner {

namespace {

Candidate place(std::size_t first, std::size_t last, double confidence, bool guess) {
    return Candidate{first, last, EntityType::Place, kNone, Origin::Rule, confidence, guess};
}

/// True when a direction or a qualifier ("Nord", "Alto", "South") is written as part of a name at `token`.
bool isQualifier(const Context& context, std::size_t token) {
    return context.isNameWord(token) && context.inList(WordList::Compass, token);
}

bool knownPlaceSpans(const std::vector<const Candidate*>& inside, std::size_t first, std::size_t last) {
    return std::any_of(inside.begin(), inside.end(), [&](const Candidate* candidate) {
        return candidate->first == first && candidate->last == last && candidate->type == EntityType::Place;
    });
}

/// "Acilia Sud": an unknown word that is no given name, before a direction that is no surname ("Kanye West").
bool isUnknownPlaceBeforeDirection(const Context& context, std::size_t core, std::size_t direction,
                                   const std::vector<const Candidate*>& inside) {
    return inside.empty() && !context.isFirstName(core) && !context.inList(WordList::Surname, direction) &&
           !context.inList(WordList::Common, core) && !context.tokens()[core].allCaps;
}

/// "San", "Santa", "Saint", "St": the name prefixes of saints, not the particles of surnames ("De", "Di").
bool isSaintPrefix(std::string_view folded) {
    constexpr std::string_view kPrefixes[] = {"san",   "santa",  "santo", "sant'", "sant’",
                                              "saint", "sainte", "st",    "sankt"};
    return std::find(std::begin(kPrefixes), std::end(kPrefixes), folded) != std::end(kPrefixes);
}

/// "meridionale", "orientali", "occidental": a direction written as an adjective; a bare "north" or "nord" after a
/// place starts a phrase of its own ("Bucha north of Kyiv").
bool isDirectionAdjective(std::string_view folded) {
    auto endsWith = [&](std::string_view suffix) {
        return folded.size() > suffix.size() && folded.substr(folded.size() - suffix.size()) == suffix;
    };
    return endsWith("ale") || endsWith("ali") || endsWith("al");
}

} // namespace

bool isKnownPlaceWord(const Context& context, std::string_view folded) {
    return namesPlace(context.image(), context.image().tokenId(folded));
}

bool joinsKnownPlaces(const Context& context, std::size_t token) {
    const std::string& folded = context.tokens()[token].folded;
    const std::string& text = context.tokens()[token].text;
    const std::size_t hyphen = folded.find('-');
    // "T-Mobile" is no place before "Mobile"; "Leeds-based", "Kyiv-controlled" describe by a place but name none.
    if (hyphen == std::string::npos || hyphen < 2 || text.rfind('-') + 1 >= text.size()) {
        return false;
    }
    const char afterLastHyphen = text[text.rfind('-') + 1];
    if (afterLastHyphen >= 'a' && afterLastHyphen <= 'z') {
        return false;
    }
    return isKnownPlaceWord(context, std::string_view(folded).substr(0, hyphen)) ||
           isKnownPlaceWord(context, std::string_view(folded).substr(folded.rfind('-') + 1));
}

bool isKnownPlaceAfterPreposition(const Context& context, std::size_t token) {
    const auto& tokens = context.tokens();
    return token > 0 && tokens[token - 1].sentence == tokens[token].sentence && tokens[token - 1].isWord() &&
           !context.isNameWord(token - 1) && context.inList(WordList::PlacePreposition, token - 1) &&
           isKnownPlaceWord(context, tokens[token].folded);
}

bool isCoordinatedWithKnownPlace(const Context& context, std::size_t token) {
    const auto& tokens = context.tokens();
    auto joins = [&](std::size_t i) {
        const std::string& word = tokens[i].folded;
        return tokens[i].sentence == tokens[token].sentence &&
               (word == "," || word == "e" || word == "ed" || word == "and" || word == "et" || word == "y");
    };
    auto knownPlaceAt = [&](std::size_t i) {
        return tokens[i].sentence == tokens[token].sentence && context.isNameWord(i) &&
               isKnownPlaceWord(context, tokens[i].folded);
    };
    const bool before = token >= 2 && joins(token - 1) && knownPlaceAt(token - 2);
    return before || (token + 2 < tokens.size() && joins(token + 1) && knownPlaceAt(token + 2));
}

std::optional<Candidate> qualifiedPlace(const Context& context, std::size_t first, std::size_t last,
                                        const std::vector<const Candidate*>& inside) {
    std::size_t coreFirst = first;
    while (coreFirst < last && isQualifier(context, coreFirst)) {
        ++coreFirst;
    }
    std::size_t coreLast = last;
    while (coreLast > coreFirst && isQualifier(context, coreLast - 1)) {
        --coreLast;
    }
    // "Italia del Sud": a connector may stand between the place and the direction after it.
    const std::size_t suffixFirst = coreLast;
    while (coreLast > coreFirst && !context.isNameWord(coreLast - 1)) {
        --coreLast;
    }
    if (coreLast <= coreFirst || (coreFirst == first && suffixFirst == last)) {
        return std::nullopt;
    }
    // "Shelby West": a town that is no major place, before a direction that is also a surname, is a given name.
    if (coreFirst == first && coreLast - coreFirst == 1 && suffixFirst == coreLast && last == suffixFirst + 1 &&
        isSurnameDirection(context, suffixFirst) && !isMajorPlaceWord(context, coreFirst)) {
        return std::nullopt;
    }
    const bool unknownBeforeDirection = coreFirst == first && coreLast - coreFirst == 1 && suffixFirst == coreLast &&
                                        isUnknownPlaceBeforeDirection(context, coreFirst, suffixFirst, inside);
    if ((knownPlaceSpans(inside, coreFirst, coreLast) && !isSurnameAfterSmallTown(context, first, last, inside)) ||
        unknownBeforeDirection) {
        return place(first, last, unknownBeforeDirection ? 0.5 : 0.8, unknownBeforeDirection);
    }
    return std::nullopt;
}

bool isSurnameAfterSmallTown(const Context& context, std::size_t first, std::size_t last,
                             const std::vector<const Candidate*>& inside) {
    constexpr std::uint32_t kSmallTown = 100000;
    if (inside.empty() || inside.front()->first != first || inside.front()->last >= last ||
        inside.front()->type != EntityType::Place || inside.front()->entry == kNone) {
        return false;
    }
    for (std::size_t i = inside.front()->last; i < last; ++i) {
        if (!context.inList(WordList::Surname, i) || !context.inList(WordList::Compass, i)) {
            return false;
        }
    }
    // Curated entries carry no population and name well-known places ("Berlin West" is no one's name).
    const EntryRecord& town = context.image().entry(inside.front()->entry);
    return town.population != 0 && town.population < kSmallTown;
}

std::optional<Candidate> saintNamedPlace(const Context& context, std::size_t first, std::size_t last) {
    const auto& tokens = context.tokens();
    if (last - first < 2 || first == 0 || !isSaintPrefix(context.tokens()[first].folded) ||
        tokens[first - 1].sentence != tokens[first].sentence || !tokens[first - 1].isWord() ||
        context.isNameWord(first - 1) || !context.inList(WordList::PlacePreposition, first - 1) ||
        tokens[first - 1].folded == "per" || tokens[first - 1].folded == "for") {
        return std::nullopt;
    }
    return place(first, last, 0.5, true);
}

std::optional<Candidate> facilityName(const Context& context, std::size_t first, std::size_t last,
                                      const std::vector<const Candidate*>& inside) {
    // "Bellahouston Park | di Glasgow": the head closes the words before the first connector.
    std::size_t end = first;
    while (end < last && context.isNameWord(end)) {
        ++end;
    }
    const std::size_t head = end - 1;
    // "Discovery Channel": a head that also names a medium closes an organisation's name.
    if (end - first < 2 || !context.inList(WordList::PlaceHead, head) || context.inList(WordList::OrgNoun, head) ||
        context.inList(WordList::PlaceHead, first) || context.inList(WordList::OrgHead, first)) {
        return std::nullopt;
    }
    // "Michael Bay", "Giorgio Sala": a given name and one more word make a person whose surname is a place head;
    // so does a name after a title ("Senator Tim Castle") or a particle before the head ("Franco Di Mare").
    // "London Bridge": a known place opening the name is no given name.
    const bool opensWithPlace = std::any_of(inside.begin(), inside.end(), [&](const Candidate* candidate) {
        return candidate->first == first && candidate->type == EntityType::Place;
    });
    const bool particleBeforeHead =
        end - first == 3 && context.inList(WordList::Connector, head - 1) && context.isNameWord(head - 1);
    const bool givenNameAndSurname =
        context.isFirstName(first) && !opensWithPlace &&
        (end - first == 2 || particleBeforeHead || context.inList(WordList::Surname, head));
    const bool afterTitle = first > 0 && context.inList(WordList::Title, first - 1);
    if (givenNameAndSurname || afterTitle || context.inList(WordList::NamePrefix, head - 1)) {
        return std::nullopt;
    }
    return place(first, end, 0.7, false);
}

std::optional<Candidate> placeHeadName(const Context& context, std::size_t first, std::size_t last) {
    const auto& tokens = context.tokens();
    if (first == 0 || tokens[first - 1].sentence != tokens[first].sentence || !tokens[first - 1].isWord()) {
        return std::nullopt;
    }
    const std::size_t head = first - 1;
    // "il capo Hamas", "il canale Rai": a head that is also a role or a medium introduces no place.
    constexpr std::uint64_t kNotPlace =
        bitOf(WordList::Title) | bitOf(WordList::OrgNoun) | bitOf(WordList::StreetPrefix) | bitOf(WordList::Stopword);
    if (context.isNameWord(head) || !context.inList(WordList::PlaceHead, head) ||
        (tokens[head].flags & kNotPlace) != 0) {
        return std::nullopt;
    }
    // "stadio Olimpico | di Roma": the place ends where a connector leads to another name.
    std::size_t end = first;
    while (end < last && context.isNameWord(end)) {
        ++end;
    }
    return place(head, end, 0.7, false);
}

std::optional<Candidate> headedPlace(const Context& context, std::size_t first, std::size_t last,
                                     const std::vector<const Candidate*>& inside) {
    if (!context.inList(WordList::PlaceHead, first) || context.inList(WordList::OrgHead, first) || first + 1 >= last ||
        !context.isNameWord(first + 1)) {
        return std::nullopt;
    }
    std::size_t end = first + 1;
    while (end < last && context.isNameWord(end)) {
        ++end;
    }
    const bool namesKnown = std::any_of(inside.begin(), inside.end(), [&](const Candidate* candidate) {
        return candidate->first == first + 1 && candidate->last <= end;
    });
    if (!namesKnown || end == last) {
        return std::nullopt;
    }
    return place(first, end, 0.7, false);
}

std::optional<Candidate> placeByStructure(const Context& context, std::size_t first, std::size_t last,
                                          const std::vector<const Candidate*>& inside) {
    if (auto placed = qualifiedPlace(context, first, last, inside)) {
        return placed;
    }
    if (auto saint = saintNamedPlace(context, first, last)) {
        return saint;
    }
    if (auto facility = facilityName(context, first, last, inside)) {
        return facility;
    }
    // "NATO-Ukraine Council": a head word makes the name something other than a place.
    constexpr std::uint64_t kOtherHead =
        bitOf(WordList::OrgHead) | bitOf(WordList::TreatyHead) | bitOf(WordList::EventHead);
    auto plainNameWord = [](const Token& token) {
        return token.isWord() && (token.capitalized || token.allCaps) && (token.flags & kOtherHead) == 0;
    };
    const bool joined = last - first >= 2 && joinsKnownPlaces(context, first) &&
                        std::all_of(context.tokens().begin() + static_cast<std::ptrdiff_t>(first),
                                    context.tokens().begin() + static_cast<std::ptrdiff_t>(last), plainNameWord);
    return joined ? std::optional<Candidate>(place(first, last, 0.6, false)) : std::nullopt;
}

void extendPlaceQualifiers(const Context& context, std::vector<Candidate>& names) {
    const auto& tokens = context.tokens();
    for (Candidate& name : names) {
        const std::size_t next = name.last;
        if (name.type == EntityType::Place && next < tokens.size() &&
            tokens[next].sentence == tokens[name.first].sentence && tokens[next].isWord() &&
            !context.isNameWord(next) && context.inList(WordList::Compass, next) &&
            isDirectionAdjective(tokens[next].folded)) {
            // "Italia centrale" is a region of the country, not the country itself.
            name.last = next + 1;
            name.entry = kNone;
            name.origin = Origin::Rule;
        }
    }
}

} // namespace annalist::core::ner
