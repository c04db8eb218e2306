// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/passive_agents.h"

#include "ner/name_cues.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// Past participles, and the irregular ones no ending gives away ("ucciso", "preso").
bool isPastParticiple(std::string_view word) {
    constexpr std::array<std::string_view, 20> kEndings{"ato", "ata", "ati", "ate", "ito", "ita", "iti",
                                                        "ite", "uto", "uta", "uti", "ute", "tto", "tta",
                                                        "tti", "tte", "sso", "ssa", "ssi", "sse"};
    constexpr std::array<std::string_view, 6> kIrregular{"ucciso", "uccisa", "uccisi", "preso", "presa", "presi"};
    constexpr std::size_t kShortest = 5;
    return word.size() >= kShortest &&
           (std::any_of(kEndings.begin(), kEndings.end(),
                        [&](std::string_view ending) { return word.substr(word.size() - ending.size()) == ending; }) ||
            std::find(kIrregular.begin(), kIrregular.end(), word) != kIrregular.end());
}

/// Participles of leaving, coming and sending, whose "da" says where from: "partito da Genova", "evacuati da Gaza".
bool isMovement(std::string_view word) {
    constexpr std::array<std::string_view, 34> kStems{
        "part",    "arriv",    "torn",    "ritorn",   "rientr",  "fugg",     "giunt",   "usc",      "rimpatri",
        "evacu",   "trasfer",  "scapp",   "decoll",   "sfoll",   "allontan", "venut",   "salpat",   "sbarc",
        "emigr",   "rapit",    "spostat", "spedit",   "inviat",  "import",   "esport",  "prelevat", "estradat",
        "lanciat", "trasmess", "cadut",   "precipit", "cacciat", "espuls",   "rientrat"};
    return std::any_of(kStems.begin(), kStems.end(),
                       [&](std::string_view stem) { return word.substr(0, stem.size()) == stem; });
}

} // namespace

bool followsPassiveAgent(const Context& context, std::size_t first) {
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
    const std::string& word = context.tokens()[verb].folded;
    return isPastParticiple(word) && !isMovement(word);
}

} // namespace annalist::core::ner
