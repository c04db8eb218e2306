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
    {"name-abbreviation", WordList::NameAbbreviation},
    {"speaker-lead", WordList::SpeakerLead},
    {"seat-head", WordList::SeatHead},
    {"stopword-it", WordList::ItalianStopword},
    {"stopword-en", WordList::EnglishStopword},
    {"stopword-fr", WordList::FrenchStopword},
    {"stopword-de", WordList::GermanStopword},
    {"stopword-es", WordList::SpanishStopword},
    {"determiner-it", WordList::ItalianDeterminer},
    {"determiner-en", WordList::EnglishDeterminer},
    {"determiner-fr", WordList::FrenchDeterminer},
    {"determiner-de", WordList::GermanDeterminer},
    {"determiner-es", WordList::SpanishDeterminer},
    {"portfolio", WordList::Portfolio},
    {"thing-noun", WordList::ThingNoun},
    {"sport-word", WordList::SportWord},
    {"remit-noun", WordList::RemitNoun},
    {"common-it", WordList::ItalianCommon},
    {"common-en", WordList::EnglishCommon},
    {"common-fr", WordList::FrenchCommon},
    {"common-de", WordList::GermanCommon},
    {"common-es", WordList::SpanishCommon},
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

std::optional<std::size_t> listLanguageIndex(std::string_view language) {
    if (language.size() > 2 && language[2] != '-' && language[2] != '_') {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < kListLanguages.size(); ++i) {
        if (language.substr(0, 2) == kListLanguages[i]) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<WordList> languageListOf(WordList list, std::size_t languageIndex) {
    for (const auto& [general, first] : kLanguageLists) {
        if (general == list && languageIndex < kListLanguages.size()) {
            return static_cast<WordList>(static_cast<std::size_t>(first) + languageIndex);
        }
    }
    return std::nullopt;
}

} // namespace annalist::core::ner
