// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/not_organisations.h"

#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

// Words for a work whose title may follow them (it, en): films, books, songs, shows, pictures.
constexpr std::array<std::string_view, 35> kWorkNouns{
    "film",     "pellicola", "documentario", "cortometraggio", "libro",   "romanzo",    "saggio",
    "fumetto",  "serie",     "telefilm",     "sitcom",         "canzone", "brano",      "singolo",
    "album",    "disco",     "musical",      "dipinto",        "poesia",  "opera",      "commedia",
    "tragedia", "movie",     "documentary",  "book",           "novel",   "series",     "song",
    "single",   "painting",  "poem",         "memoir",         "sequel",  "videogioco", "comedy"};

// Marks that may open a title: «Guardia del corpo», “Bleak House”.
constexpr std::array<std::string_view, 5> kOpeningQuotes{"\"", "\u00ab", "\u201c", "'", "\u2018"};

/// True when a lowercase word for a work stands right before `first`, or before an opening quote there.
bool afterWorkNoun(const Context& context, std::size_t first) {
    const auto& tokens = context.tokens();
    std::size_t at = first;
    if (at > 0 && tokens[at - 1].sentence == tokens[first].sentence && isOneOf(tokens[at - 1].text, kOpeningQuotes)) {
        --at;
    }
    if (at == 0 || tokens[at - 1].sentence != tokens[first].sentence) {
        return false;
    }
    const Token& before = tokens[at - 1];
    return before.isWord() && !before.capitalized && !before.allCaps && isOneOf(before.folded, kWorkNouns);
}

// Indefinite articles: "un tribunale", "una Mini Cooper", "a court".
constexpr std::array<std::string_view, 6> kIndefinite{"un", "uno", "una", "un'", "un\u2019", "a"};

// Adjectives that may stand between the indefinite article and the noun: "un nuovo governo".
constexpr std::array<std::string_view, 6> kNewWords{"nuovo", "nuova", "altro", "altra", "new", "another"};

// Capitalised first words of laws and crimes, never of an organisation's name.
constexpr std::array<std::string_view, 12> kLawAndCrimeHeads{"legge",     "leggi",   "decreto",  "bill",
                                                             "act",       "strage",  "massacro", "eccidio",
                                                             "attentato", "delitto", "omicidio", "codice"};

/// The lowercase word right before `i` in its sentence, or empty.
std::string_view lowerWordBefore(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    if (i == 0 || tokens[i - 1].sentence != tokens[i].sentence || !tokens[i - 1].isWord() ||
        (tokens[i - 1].capitalized && !tokens[i - 1].sentenceInitial)) {
        return {};
    }
    return tokens[i - 1].folded;
}

/// "un tribunale", "un nuovo governo", "a court": an indefinite article before the name, perhaps with "nuovo".
bool afterIndefiniteArticle(const Context& context, std::size_t first) {
    std::string_view before = lowerWordBefore(context, first);
    if (isOneOf(before, kNewWords) && first > 0) {
        before = lowerWordBefore(context, first - 1);
    }
    return isOneOf(before, kIndefinite) && (before != "a" || context.language == "en");
}

// Codes of Italian roads before their number: statale, provinciale, regionale.
constexpr std::array<std::string_view, 4> kRoadCodes{"ss", "sp", "sr", "sgc"};

/// "la SS 195": a road's code and its number.
bool isRoadCode(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    return name.last - name.first == 1 && tokens[name.first].allCaps &&
           isOneOf(tokens[name.first].folded, kRoadCodes) && name.last < tokens.size() &&
           tokens[name.last].sentence == tokens[name.first].sentence && tokens[name.last].kind == TokenKind::Number;
}

/// "WineFestival", "JazzFestival": a compound word ending in "festival".
bool endsInFestival(const Token& token) {
    constexpr std::string_view kFestival = "festival";
    const std::string_view word = token.folded;
    return word.size() > kFestival.size() && word.substr(word.size() - kFestival.size()) == kFestival;
}

bool isUnnamedOrganisation(const Context& context, const Candidate& name) {
    if (name.type != EntityType::Organization || name.entry != kNone || name.origin != Origin::Rule) {
        return false;
    }
    if (isRoadCode(context, name)) {
        return true;
    }
    const Token& head = context.tokens()[name.first];
    if (!head.capitalized && !head.allCaps) {
        return afterIndefiniteArticle(context, name.first);
    }
    if (!name.typeIsGuess) {
        return false;
    }
    if (context.language == "it" && !head.allCaps && afterIndefiniteArticle(context, name.first)) {
        return true;
    }
    return isOneOf(head.folded, kLawAndCrimeHeads) ||
           (name.last - name.first > 1 && isOneOf(context.tokens()[name.last - 1].folded, kLawAndCrimeHeads));
}

} // namespace

void dropUnnamedOrganisations(const Context& context, std::vector<Candidate>& candidates) {
    for (Candidate& name : candidates) {
        if (name.type == EntityType::Organization && name.entry == kNone &&
            endsInFestival(context.tokens()[name.last - 1])) {
            name.type = EntityType::Event;
        }
    }
    const auto unnamed = [&](const Candidate& name) { return isUnnamedOrganisation(context, name); };
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(), unnamed), candidates.end());
}

void dropWorkTitles(const Context& context, std::vector<Candidate>& candidates) {
    const auto isTitle = [&](const Candidate& name) {
        return name.type == EntityType::Organization && name.entry == kNone && name.origin == Origin::Rule &&
               afterWorkNoun(context, name.first);
    };
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(), isTitle), candidates.end());
}

} // namespace annalist::core::ner
