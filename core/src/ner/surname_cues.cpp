// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/surname_cues.h"

#include "ner/name_cues.h"
#include "ner/person_rules.h"
#include "ner/place_rules.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

bool endsWith(std::string_view word, std::string_view suffix) {
    return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

bool startsWith(std::string_view word, std::string_view prefix) {
    return word.size() >= prefix.size() && word.substr(0, prefix.size()) == prefix;
}

} // namespace

bool hasSurnameEnding(const Context& context, std::size_t token) {
    // Endings that families carry and places and common words hardly ever do: -ska (Alaska), -ov (Rostov), -ova
    // (Genova) and -ian (Christian) are left out for that reason.
    constexpr std::array<std::string_view, 19> kEndings{"ovic", "evic", "ovich", "evich",  "ovych", "enko", "shvili",
                                                        "dze",  "escu", "oglu",  "poulos", "akis",  "sson", "wicz",
                                                        "czyk", "chuk", "ski",   "sky",    "ckij"};
    constexpr std::size_t kShortestStem = 3;
    constexpr std::uint64_t kNoSurname = bitOf(WordList::Common) | bitOf(WordList::CommonNoun) |
                                         bitOf(WordList::Demonym) | bitOf(WordList::Stopword) |
                                         bitOf(WordList::OrgHead) | bitOf(WordList::PlaceHead);
    const Token& word = context.tokens()[token];
    if (!word.isWord() || !word.capitalized || word.allCaps || (word.flags & kNoSurname) != 0) {
        return false;
    }
    return std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view ending) {
        return word.folded.size() >= ending.size() + kShortestStem && endsWith(word.folded, ending);
    });
}

bool isSurnameDirection(const Context& context, std::size_t token) {
    return context.isNameWord(token) && context.inList(WordList::Compass, token) &&
           context.inList(WordList::Surname, token);
}

bool followsTitleOf(const Context& context, std::size_t first) {
    constexpr std::uint64_t kJoining = bitOf(WordList::Connector) | bitOf(WordList::Determiner);
    const auto& tokens = context.tokens();
    std::size_t at = first;
    // "di", "della", "dell'", "of the": joining words, then a lowercase title.
    for (std::size_t count = 0; count < 3 && at > 0; ++count) {
        const std::size_t before = at - 1;
        if (tokens[before].sentence != tokens[first].sentence || !tokens[before].isWord() ||
            context.isNameWord(before)) {
            return false;
        }
        if (context.inList(WordList::Title, before)) {
            return count > 0;
        }
        if ((tokens[before].flags & kJoining) == 0) {
            return false;
        }
        at = before;
    }
    return false;
}

bool hasTitleApposition(const Context& context, std::size_t first) {
    const auto& tokens = context.tokens();
    constexpr std::uint64_t kNoName = bitOf(WordList::Stopword) | bitOf(WordList::Determiner) |
                                      bitOf(WordList::Calendar) | bitOf(WordList::Demonym) | bitOf(WordList::Title) |
                                      bitOf(WordList::OrgHead) | bitOf(WordList::PlaceHead);
    const Token& word = tokens[first];
    if (!word.isWord() || !word.capitalized || word.allCaps || (word.flags & kNoName) != 0 ||
        endsWith(word.folded, "mente") || endsWith(word.folded, "ly")) {
        return false;
    }
    std::size_t at = first + 1;
    if (at >= tokens.size() || tokens[at].text != "," || tokens[at].sentence != word.sentence) {
        return false;
    }
    ++at;
    constexpr std::array<std::string_view, 5> kFormer{"già", "gia", "ex", "former", "ehemaliger"};
    if (at < tokens.size() && std::find(kFormer.begin(), kFormer.end(), tokens[at].folded) != kFormer.end()) {
        ++at;
    }
    return at < tokens.size() && tokens[at].sentence == word.sentence && tokens[at].isWord() && !tokens[at].allCaps &&
           context.inList(WordList::Title, at);
}

bool isHyphenatedSaintPlace(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 6> kPrefixes{"saint-", "sainte-", "st-", "ste-", "sankt-", "san-"};
    const Token& word = context.tokens()[token];
    return word.isWord() && word.capitalized && !word.allCaps &&
           std::any_of(kPrefixes.begin(), kPrefixes.end(), [&](std::string_view prefix) {
               return word.folded.size() > prefix.size() + 1 && startsWith(word.folded, prefix);
           });
}

bool isBareSubjectOfPerfect(const Context& context, std::size_t first) {
    const auto& tokens = context.tokens();
    constexpr std::uint64_t kNoName =
        bitOf(WordList::Stopword) | bitOf(WordList::Determiner) | bitOf(WordList::Calendar) | bitOf(WordList::Demonym) |
        bitOf(WordList::Title) | bitOf(WordList::OrgHead) | bitOf(WordList::PlaceHead) |
        bitOf(WordList::InstitutionNoun) | bitOf(WordList::SeatHead) | bitOf(WordList::EventHead) |
        bitOf(WordList::TreatyHead) | bitOf(WordList::ThingNoun) | bitOf(WordList::SportWord);
    const Token& word = tokens[first];
    if (context.language != "it" || !word.isWord() || !word.capitalized || word.allCaps ||
        (word.flags & kNoName) != 0 || endsWith(word.folded, "mente")) {
        return false;
    }
    // "l'uragano Ofelia è arrivato", "la compagnia spagnola Velotrax è partita": a noun before the word says what
    // it names.
    // "il treno Roma-Parigi è partito": a word joining known places names a route.
    if (followsThingNoun(context, first) || afterOrgNoun(context, first) || afterPlaceNoun(context, first) ||
        precededByList(context, first, WordList::PlaceNoun, 1) || joinsKnownPlaces(context, first)) {
        return false;
    }
    if (!word.sentenceInitial) {
        const std::size_t before = wordBefore(context, first);
        // "e Ricotta è stato": a conjunction may stand before the subject; an article or a preposition may not.
        constexpr std::uint64_t kIntroduces = bitOf(WordList::Determiner) | bitOf(WordList::Connector) |
                                              bitOf(WordList::PlacePreposition) | bitOf(WordList::ItalianDeterminer);
        constexpr std::array<std::string_view, 8> kPrepositions{"con", "su",    "tra",    "fra",
                                                                "per", "senza", "contro", "verso"};
        if (before == std::string::npos || context.isNameWord(before) || (tokens[before].flags & kIntroduces) != 0 ||
            std::find(kPrepositions.begin(), kPrepositions.end(), tokens[before].folded) != kPrepositions.end()) {
            return false;
        }
    }
    const std::size_t aux = first + 1;
    const std::size_t verb = first + 2;
    if (verb >= tokens.size() || tokens[verb].sentence != word.sentence || !tokens[aux].isWord() ||
        !tokens[verb].isWord() || tokens[verb].capitalized) {
        return false;
    }
    constexpr std::array<std::string_view, 8> kSingular{"ha", "è", "e", "aveva", "era", "avrebbe", "sarebbe", "sarà"};
    if (tokens[aux].text == "e" ||
        std::find(kSingular.begin(), kSingular.end(), tokens[aux].folded) == kSingular.end()) {
        return false;
    }
    constexpr std::array<std::string_view, 14> kParticiple{"ato",  "ata", "ito", "ita", "uto", "uta",  "osto",
                                                           "osta", "tto", "tta", "rto", "rta", "esso", "essa"};
    auto isParticiple = [&](std::size_t at) {
        const std::string& folded = tokens[at].folded;
        return folded.size() >= 5 && std::any_of(kParticiple.begin(), kParticiple.end(),
                                                 [&](std::string_view e) { return endsWith(folded, e); });
    };
    // "Grande è stata la folla": after "è stato" a participle must follow, or the word before was a predicate.
    const std::string& copula = tokens[verb].folded;
    if (copula == "stato" || copula == "stata") {
        const std::size_t after = verb + 1;
        return after < tokens.size() && tokens[after].sentence == word.sentence && tokens[after].isWord() &&
               !tokens[after].capitalized && isParticiple(after);
    }
    return context.inList(WordList::SpeechVerb, verb) || isParticiple(verb);
}

} // namespace annalist::core::ner
