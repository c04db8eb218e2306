// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/english_rules.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// An ordinary word in capitals that nothing marks as part of a person's name.
bool isPlainCommonWord(const Context& context, std::size_t i) {
    constexpr std::uint64_t kNameLike =
        bitOf(WordList::Proper) | bitOf(WordList::FirstName) | bitOf(WordList::Surname) | bitOf(WordList::Title);
    const Token& token = context.tokens()[i];
    return token.isWord() && token.capitalized && (token.flags & bitOf(WordList::Common)) != 0 &&
           (token.flags & kNameLike) == 0;
}

/// Adjectives that make a place's own name with the place after them ("Old Trafford", "New Jersey").
bool isPlaceAdjective(const Token& token) {
    static constexpr std::array<std::string_view, 8> kAdjectives = {"old",    "new",   "great", "greater",
                                                                    "little", "upper", "lower", "high"};
    return std::find(kAdjectives.begin(), kAdjectives.end(), token.folded) != kAdjectives.end();
}

bool isCountryOrNation(const Context& context, const Candidate& known) {
    if (known.entry == kNone || known.type != EntityType::Place) {
        return false;
    }
    const std::string_view key = context.image().string(context.image().entry(known.entry).key);
    return key.rfind("country:", 0) == 0 || key.rfind("region:", 0) == 0;
}

} // namespace

void extendGreaterPlaces(const Context& context, std::vector<Candidate>& known) {
    const auto& tokens = context.tokens();
    for (Candidate& candidate : known) {
        if (candidate.type != EntityType::Place || candidate.first == 0) {
            continue;
        }
        const Token& before = tokens[candidate.first - 1];
        if (before.capitalized && before.folded == "greater" && before.sentence == tokens[candidate.first].sentence) {
            --candidate.first;
            candidate.entry = kNone;
        }
    }
}

std::optional<Candidate> typeByFinalHead(const Context& context, std::size_t first, std::size_t last) {
    if (last - first < 2 || !context.isNameWord(last - 1) || context.inList(WordList::Title, last - 1)) {
        return std::nullopt;
    }
    if (context.inList(WordList::TreatyHead, last - 1)) {
        return Candidate{first, last, EntityType::Treaty, kNone, Origin::Rule, 0.7, false};
    }
    // "Colin Bridge", "Anna Hall": a first name and a head word that is also a surname name a person; "Charles
    // River" and "Phillip Island" stay places.
    if (last - first == 2 && context.isFirstName(first) && context.inList(WordList::Surname, last - 1)) {
        return std::nullopt;
    }
    if (context.inList(WordList::OrgHead, last - 1)) {
        return Candidate{first, last, EntityType::Organization, kNone, Origin::Rule, 0.7, false};
    }
    // "International Council for the Exploration of the Sea" is a council, not a sea.
    if (!context.inList(WordList::PlaceHead, last - 1)) {
        return std::nullopt;
    }
    // "Michael Bay", "Senator Dan Castle": a given name and a place head alone, or a name after a title, make a
    // person whose surname is a place head.
    const bool afterTitle = first > 0 && context.inList(WordList::Title, first - 1);
    // "Franco Di Mare": so do a given name and a surname opened by a particle.
    const bool particle =
        last - first == 3 && context.inList(WordList::Connector, last - 2) && context.isNameWord(last - 2);
    if ((context.isFirstName(first) && (last - first == 2 || particle)) || afterTitle) {
        return std::nullopt;
    }
    const bool orgInside = std::any_of(context.tokens().begin() + static_cast<std::ptrdiff_t>(first),
                                       context.tokens().begin() + static_cast<std::ptrdiff_t>(last),
                                       [](const Token& t) { return (t.flags & bitOf(WordList::OrgHead)) != 0; });
    if (!orgInside) {
        return Candidate{first, last, EntityType::Place, kNone, Origin::Rule, 0.6, false};
    }
    return std::nullopt;
}

bool namesBodyAfterCountry(const Context& context, std::size_t first, std::size_t last, const Candidate& known) {
    if (context.language != "en" || known.last != last || known.first <= first || !isCountryOrNation(context, known)) {
        return false;
    }
    constexpr std::uint64_t kNotBody =
        bitOf(WordList::Compass) | bitOf(WordList::Demonym) | bitOf(WordList::NamePrefix) | bitOf(WordList::Stopword);
    for (std::size_t i = first; i < known.first; ++i) {
        const Token& token = context.tokens()[i];
        if (!isPlainCommonWord(context, i) || (token.flags & kNotBody) != 0 || isPlaceAdjective(token)) {
            return false;
        }
    }
    return true;
}

bool isEnglishPlaceAfterPreposition(const Context& context, std::size_t token) {
    const auto& tokens = context.tokens();
    if (context.language != "en" || token == 0 || tokens[token - 1].sentence != tokens[token].sentence) {
        return false;
    }
    const std::string& before = tokens[token - 1].folded;
    if (before != "in" && before != "near" && before != "nearby") {
        return false;
    }
    const bool possessive =
        token + 1 < tokens.size() && (tokens[token + 1].text == "'s" || tokens[token + 1].text == "\u2019s" ||
                                      tokens[token + 1].text == "'" || tokens[token + 1].text == "\u2019");
    return !possessive;
}

bool isNamedWithPlaceAdjective(const Context& context, std::size_t first, std::size_t last) {
    if (context.language != "en" || last - first != 2 || !isPlaceAdjective(context.tokens()[first])) {
        return false;
    }
    const Token& name = context.tokens()[first + 1];
    return (name.flags & (bitOf(WordList::Common) | bitOf(WordList::FirstName))) == 0;
}

bool followsHonorific(const Context& context, std::size_t token) {
    static constexpr std::array<std::string_view, 8> kHonorifics = {"mr", "mrs", "ms",   "miss",
                                                                    "dr", "sir", "dame", "mx"};
    const auto& tokens = context.tokens();
    std::size_t before = token;
    // "Dr. Fauci": the abbreviation's dot stands between, and may have been taken for a sentence's end.
    const bool dot = before > 0 && tokens[before - 1].text == "." && !tokens[before - 1].spaceBefore;
    if (dot) {
        --before;
    }
    if (before == 0 || !tokens[before - 1].capitalized ||
        (!dot && tokens[before - 1].sentence != tokens[token].sentence)) {
        return false;
    }
    constexpr std::uint64_t kNoName =
        bitOf(WordList::Stopword) | bitOf(WordList::Calendar) | bitOf(WordList::Demonym) | bitOf(WordList::Title);
    return std::find(kHonorifics.begin(), kHonorifics.end(), tokens[before - 1].folded) != kHonorifics.end() &&
           (tokens[token].flags & kNoName) == 0;
}

} // namespace annalist::core::ner
