// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/facility_names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// "Unipol Forum": a proper word and "Forum".
bool isForumVenue(const Context& context, const Candidate& name) {
    if (name.type != EntityType::Organization || name.entry != kNone || name.last - name.first != 2) {
        return false;
    }
    const Token& head = context.tokens()[name.last - 1];
    constexpr std::uint64_t kDescribing = bitOf(WordList::Demonym) | bitOf(WordList::OrgAdjective) |
                                          bitOf(WordList::Title) | bitOf(WordList::Stopword) |
                                          bitOf(WordList::Determiner) | bitOf(WordList::Compass);
    const std::size_t first = name.first;
    const bool proper = context.isNameWord(first) && !context.tokens()[first].allCaps &&
                        (context.tokens()[first].flags & kDescribing) == 0 &&
                        (!context.inList(WordList::Common, first) || context.inList(WordList::Proper, first));
    return head.capitalized && head.folded == "forum" && proper;
}

/// "PalaTrento", "PalaAlpitour": "Pala" glued to a capitalised name.
bool isPalaName(const Context& context, const Candidate& name) {
    constexpr std::string_view kPala = "Pala";
    const std::string& text = context.tokens()[name.first].text;
    return name.last - name.first == 1 && name.entry == kNone && text.size() > kPala.size() + 1 &&
           text.compare(0, kPala.size(), kPala) == 0 &&
           std::isupper(static_cast<unsigned char>(text[kPala.size()])) != 0;
}

/// "Autodromo | internazionale del Mugello": a lone venue head, a lowercase adjective, a joining "di" and a name.
bool isHeadBeforeDescription(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    const std::size_t adjective = name.last;
    if (name.type != EntityType::Place || name.entry != kNone || name.origin != Origin::Rule ||
        name.last - name.first != 1 || !context.inList(WordList::PlaceHead, name.first) ||
        adjective + 2 >= tokens.size() || tokens[adjective + 2].sentence != tokens[name.first].sentence) {
        return false;
    }
    constexpr std::uint64_t kFunction = bitOf(WordList::Stopword) | bitOf(WordList::Connector) |
                                        bitOf(WordList::Determiner) | bitOf(WordList::SpeechVerb);
    const Token& word = tokens[adjective];
    return word.isWord() && !word.capitalized && !word.allCaps && (word.flags & kFunction) == 0 &&
           context.inList(WordList::Connector, adjective + 1) && !tokens[adjective + 1].capitalized &&
           context.isNameWord(adjective + 2);
}

/// "New Hope Baptist Church", "St Luke's Church": a church named by a proper word is a building; "the Catholic
/// Church" or "the Russian Orthodox Church", named by its faith alone, is the body of believers.
bool isChurchBuilding(const Context& context, const Candidate& name) {
    constexpr std::array<std::string_view, 24> kFaiths{
        "catholic",    "roman",       "anglican", "orthodox",  "methodist",  "baptist",   "lutheran", "presbyterian",
        "episcopal",   "evangelical", "reformed", "coptic",    "apostolic",  "united",    "free",     "southern",
        "pentecostal", "unification", "mormon",   "christian", "protestant", "universal", "national", "eastern"};
    const auto& tokens = context.tokens();
    const Token& head = tokens[name.last - 1];
    if (name.entry != kNone || name.origin != Origin::Rule || name.last - name.first < 2 || !head.capitalized ||
        head.folded != "church") {
        return false;
    }
    for (std::size_t i = name.first; i + 1 < name.last; ++i) {
        const bool faith = std::find(kFaiths.begin(), kFaiths.end(), tokens[i].folded) != kFaiths.end() ||
                           context.inList(WordList::Demonym, i);
        if (!faith) {
            return true;
        }
    }
    return false;
}

} // namespace

void dropFacilityHeadFragments(const Context& context, std::vector<Candidate>& candidates) {
    const auto fragment = [&](const Candidate& name) { return isHeadBeforeDescription(context, name); };
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(), fragment), candidates.end());
}

void applyFacilityNames(const Context& context, std::vector<Candidate>& candidates) {
    for (Candidate& name : candidates) {
        const bool named = name.type == EntityType::Organization || name.type == EntityType::Person;
        if (named && (isForumVenue(context, name) || isPalaName(context, name) || isChurchBuilding(context, name))) {
            name.type = EntityType::Place;
            name.typeIsGuess = false;
            name.surnameOnly = false;
        }
    }
}

} // namespace annalist::core::ner
