// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/word_list.h"

#include <array>
#include <utility>

namespace annalist::core::ner {

namespace {

constexpr std::array<std::pair<std::string_view, WordList>, static_cast<std::size_t>(WordList::Count)> kNames{{
    {"stopword", WordList::Stopword},
    {"calendar", WordList::Calendar},
    {"connector", WordList::Connector},
    {"title", WordList::Title},
    {"speech-verb", WordList::SpeechVerb},
    {"according-to", WordList::AccordingTo},
    {"org-head", WordList::OrgHead},
    {"place-head", WordList::PlaceHead},
    {"street-prefix", WordList::StreetPrefix},
    {"place-preposition", WordList::PlacePreposition},
    {"treaty-head", WordList::TreatyHead},
    {"treaty-adjective", WordList::TreatyAdjective},
    {"treaty-topic", WordList::TreatyTopic},
    {"treaty-linker", WordList::TreatyLinker},
    {"treaty-idiom-before", WordList::TreatyIdiomBefore},
    {"determiner", WordList::Determiner},
    {"event-head", WordList::EventHead},
    {"common", WordList::Common},
    {"common-noun", WordList::CommonNoun},
    {"proper", WordList::Proper},
    {"first-name", WordList::FirstName},
    {"surname", WordList::Surname},
    {"name-prefix", WordList::NamePrefix},
    {"compass", WordList::Compass},
    {"partnership-head", WordList::PartnershipHead},
    {"treaty-negation", WordList::TreatyNegation},
    {"org-adjective", WordList::OrgAdjective},
    {"place-noun", WordList::PlaceNoun},
    {"org-connector", WordList::OrgConnector},
    {"demonym", WordList::Demonym},
    {"org-noun", WordList::OrgNoun},
    {"institution-noun", WordList::InstitutionNoun},
    {"admin-noun", WordList::AdminNoun},
}};

} // namespace

std::optional<WordList> parseWordList(std::string_view name) {
    for (const auto& [listName, list] : kNames) {
        if (listName == name) {
            return list;
        }
    }
    return std::nullopt;
}

} // namespace annalist::core::ner
