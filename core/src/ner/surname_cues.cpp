// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/surname_cues.h"

#include "ner/name_cues.h"

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

bool isAgentAfterParticiple(const Context& context, std::size_t first) {
    if (context.language != "it") {
        return false;
    }
    const std::size_t da = wordBefore(context, first);
    if (da == std::string::npos || context.tokens()[da].text != "da") {
        return false;
    }
    const std::size_t verb = wordBefore(context, da);
    if (verb == std::string::npos || context.isNameWord(verb)) {
        return false;
    }
    const std::string& folded = context.tokens()[verb].folded;
    constexpr std::array<std::string_view, 20> kParticiples{"ato",  "ata",  "ati",  "ate",  "ito",  "ita",  "iti",
                                                            "ite",  "uto",  "uta",  "uti",  "ute",  "otto", "otta",
                                                            "itto", "itta", "etto", "etta", "etti", "ette"};
    constexpr std::array<std::string_view, 6> kAgentOnly{"ucciso", "uccisa", "uccisi", "preso", "presa", "presi"};
    const bool participle =
        folded.size() >= 5 && (std::any_of(kParticiples.begin(), kParticiples.end(),
                                           [&](std::string_view e) { return endsWith(folded, e); }) ||
                               std::find(kAgentOnly.begin(), kAgentOnly.end(), folded) != kAgentOnly.end());
    if (!participle) {
        return false;
    }
    // Verbs of motion and of distance take "da" for a place of origin.
    constexpr std::array<std::string_view, 14> kMotion{"partit",   "arrivat", "tornat",     "rientrat",  "fuggit",
                                                       "uscit",    "venut",   "scappat",    "evacuat",   "trasferit",
                                                       "decollat", "salpat",  "allontanat", "rimpatriat"};
    return std::none_of(kMotion.begin(), kMotion.end(),
                        [&](std::string_view stem) { return startsWith(folded, stem); });
}

} // namespace annalist::core::ner
