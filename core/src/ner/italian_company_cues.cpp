// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/italian_company_cues.h"

#include "ner/cue_words.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

enum class Cue { None, Weak, Strong, Firm, Carrier };

bool isOf(std::string_view word) {
    constexpr std::array<std::string_view, 6> kOf{"di", "del", "della", "dello", "dell'", "dell\u2019"};
    return isOneOf(word, kOf);
}

/// "azionisti di X", "amministratore delegato della X", "consiglio di amministrazione di X", "i dipendenti di X".
Cue cueBefore(const Context& context, std::size_t first) {
    constexpr std::array<std::string_view, 11> kStrong{
        "azionisti", "azionista", "cda",       "fatturato", "capitalizzazione", "quotazione",
        "ricavi",    "dividendo", "dividendi", "bilanci",   "amministratrice"};
    constexpr std::array<std::string_view, 12> kWeak{"dipendenti",   "amministratore", "soci",    "vertici",
                                                     "analisti",     "analista",       "sede",    "stabilimento",
                                                     "stabilimenti", "filiale",        "filiali", "clienti"};
    if (!isOf(cueWordBefore(context, first, 1))) {
        return Cue::None;
    }
    const std::string_view noun = cueWordBefore(context, first, 2);
    if (noun.empty()) {
        return Cue::None;
    }
    // "le azioni di X", "l'ad di X": only a firm issues shares or has a chief executive, whatever given name it goes
    // by; "i treni di Italo", "i voli di X": a carrier, when X is a lone given name that no one bears here.
    if (isOneOf(noun, {"azioni", "ad", "titoli"})) {
        return Cue::Firm;
    }
    if (isOneOf(noun, {"treni", "convogli", "voli"})) {
        return Cue::Carrier;
    }
    if (isOneOf(noun, kStrong)) {
        return Cue::Strong;
    }
    // "amministratore delegato di X", "consiglio di amministrazione di X".
    const std::string_view before = cueWordBefore(context, first, 3);
    if ((noun == "delegato" || noun == "delegata") && (before == "amministratore" || before == "amministratrice")) {
        return Cue::Firm;
    }
    if (noun == "amministrazione" && before == "di" && cueWordBefore(context, first, 4) == "consiglio") {
        return Cue::Strong;
    }
    return isOneOf(noun, kWeak) ? Cue::Weak : Cue::None;
}

/// A person named in full whose surname is the word at `token` ("Anna Ferrante ... i dipendenti di Ferrante").
bool isSurnameOfNamedPerson(const Context& context, const std::vector<Candidate>& candidates, std::size_t token) {
    const std::string& word = context.tokens()[token].folded;
    return std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
        return c.type == EntityType::Person && c.last - c.first >= 2 && context.tokens()[c.last - 1].folded == word;
    });
}

bool retypable(const Context& context, const std::vector<Candidate>& candidates, const Candidate& name, Cue cue) {
    // "i treni di Italo": a carrier that goes by a given name alone; "i voli di Gasparri" are a senator's flights.
    if (cue == Cue::Carrier && (name.type != EntityType::Person || name.last - name.first != 1 ||
                                !context.isFirstName(name.first) || context.inList(WordList::Surname, name.first))) {
        return false;
    }
    const bool firmByGivenName = (cue == Cue::Firm || cue == Cue::Carrier) && name.last - name.first == 1;
    if (name.entry != kNone || (name.type != EntityType::Person && name.type != EntityType::Place) ||
        (context.isFirstName(name.first) && !firmByGivenName) ||
        isSurnameOfNamedPerson(context, candidates, name.last - 1)) {
        return false;
    }
    return cue == Cue::Strong || cue == Cue::Firm || cue == Cue::Carrier ||
           (name.last - name.first == 1 && name.type == EntityType::Person &&
            !context.inList(WordList::Surname, name.first));
}

} // namespace

void applyItalianCompanyCues(const Context& context, std::vector<Candidate>& candidates) {
    if (context.language != "it") {
        return;
    }
    for (Candidate& name : candidates) {
        if (name.type == EntityType::Organization || name.type == EntityType::Treaty) {
            continue;
        }
        const Cue cue = cueBefore(context, name.first);
        if (cue != Cue::None && retypable(context, candidates, name, cue)) {
            name = Candidate{name.first, name.last, EntityType::Organization, kNone, Origin::Rule, 0.6, false};
        }
    }
}

} // namespace annalist::core::ner
