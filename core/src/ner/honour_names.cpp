// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/honour_names.h"

#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

// Italian ranks of an order of chivalry or merit.
constexpr std::array<std::string_view, 6> kItalianRanks{"cavaliere",    "cavalieri",       "commendatore",
                                                        "commendatori", "grand'ufficiale", "grand\u2019ufficiale"};

// English ranks and the classes that follow them: "Knight Grand Cross", "Dame Commander".
constexpr std::array<std::string_view, 2> kEnglishRanks{"knight", "dame"};
constexpr std::array<std::string_view, 5> kEnglishClasses{"grand", "commander", "bachelor", "companion", "of"};

// "d'", "di": what joins a metal to its prize.
constexpr std::array<std::string_view, 3> kOf{"d'", "d\u2019", "di"};
constexpr std::array<std::string_view, 3> kMetals{"oro", "argento", "bronzo"};

/// "Ambrogino | d'oro": a lowercase metal after the name, joined by "d'" or "di".
bool metalFollows(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    const std::size_t of = name.last;
    if (of + 1 >= tokens.size() || tokens[of + 1].sentence != tokens[name.first].sentence) {
        return false;
    }
    const Token& metal = tokens[of + 1];
    return !tokens[of].capitalized && isOneOf(tokens[of].folded, kOf) && metal.isWord() && !metal.capitalized &&
           isOneOf(metal.folded, kMetals);
}

/// "Cavaliere del Lavoro", "Knight Grand Cross": a rank, then its class or the order within the name.
bool namesHonour(const Context& context, const Candidate& name) {
    if (name.last - name.first < 2) {
        return false;
    }
    const auto& tokens = context.tokens();
    const std::string& rank = tokens[name.first].folded;
    const Token& second = tokens[name.first + 1];
    if (isOneOf(rank, kItalianRanks)) {
        return context.inList(WordList::Connector, name.first + 1) || second.folded == "grand'" ||
               second.folded == "al";
    }
    return isOneOf(rank, kEnglishRanks) && isOneOf(second.folded, kEnglishClasses) &&
           (second.capitalized || second.folded == "of");
}

} // namespace

void dropHonours(const Context& context, std::vector<Candidate>& candidates) {
    const auto honour = [&](const Candidate& name) {
        // "l'Italia d'argento" is the country's team: a name the gazetteer knows is no prize, unless only as a
        // known person's surname ("il Leone d'oro", not Sergio Leone).
        const bool unknown = name.entry == kNone || context.image().entry(name.entry).partial != 0;
        return name.type != EntityType::Treaty && name.type != EntityType::Date && unknown &&
               (metalFollows(context, name) || namesHonour(context, name));
    };
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(), honour), candidates.end());
}

} // namespace annalist::core::ner
