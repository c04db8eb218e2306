// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/not_organisations.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

template <std::size_t N> bool isOneOf(const std::array<std::string_view, N>& words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

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
    if (at > 0 && tokens[at - 1].sentence == tokens[first].sentence && isOneOf(kOpeningQuotes, tokens[at - 1].text)) {
        --at;
    }
    if (at == 0 || tokens[at - 1].sentence != tokens[first].sentence) {
        return false;
    }
    const Token& before = tokens[at - 1];
    return before.isWord() && !before.capitalized && !before.allCaps && isOneOf(kWorkNouns, before.folded);
}

} // namespace

void dropWorkTitles(const Context& context, std::vector<Candidate>& candidates) {
    const auto isTitle = [&](const Candidate& name) {
        return name.type == EntityType::Organization && name.entry == kNone && name.origin == Origin::Rule &&
               afterWorkNoun(context, name.first);
    };
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(), isTitle), candidates.end());
}

} // namespace annalist::core::ner
