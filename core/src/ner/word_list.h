// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace annalist::core::ner {

/// The word lists the recogniser consults; each is one bit of a vocabulary word's flags.
enum class WordList : std::uint8_t {
    Stopword,          ///< function words and frequent sentence openers
    Calendar,          ///< months and weekdays
    Connector,         ///< words inside names: di, del, von, of
    Title,             ///< titles and roles before a name: presidente, minister
    SpeechVerb,        ///< dichiarato, said
    AccordingTo,       ///< secondo, according
    OrgHead,           ///< words that make an organisation's name: Ministero, Bank
    PlaceHead,         ///< words that make a place's name: Palazzo, River
    StreetPrefix,      ///< lowercase words that open a street's name: piazza, via
    PlacePreposition,  ///< in, a, at, from
    TreatyHead,        ///< trattato, pact, agreement
    TreatyAdjective,   ///< strategico, mutual
    TreatyTopic,       ///< assistenza, cooperation
    TreatyLinker,      ///< di, on, of after a treaty head
    TreatyIdiomBefore, ///< words before a treaty head that make an idiom: d’, comune
    Determiner,        ///< il, un, the
    EventHead,         ///< guerra, summit
    Common,            ///< a lowercase common word in some language's dictionary
    CommonNoun,        ///< a capitalised common noun (German)
    Proper,            ///< a word the dictionaries list only capitalised
    FirstName,         ///< a person's first name
    Surname,           ///< a person's family name
    NamePrefix,        ///< a word glued to the name after it: San, Santa, Saint, St
    Compass,           ///< a direction that makes a place part of a name: Est, North
    PartnershipHead,   ///< partenariato, partnership: a treaty word for a partnership between states
    TreatyNegation,    ///< non, no: negates the treaty topic after it ("di non aggressione")
    OrgAdjective,      ///< lowercase adjectives that belong to an institution's name: regionale, speciale
    PlaceNoun,         ///< lowercase nouns that say a place's name follows: "comune di", "city of"
    OrgConnector,      ///< words that join the parts of an institution's name: per, e, and, for
    Demonym,           ///< russo, vietnamita, Russian
    OrgNoun,           ///< lowercase nouns that say an organisation's name follows: "l'azienda", "the band"
    InstitutionNoun,   ///< lowercase nouns that name one institution in context: "il governo", "la polizia"
    AdminNoun,         ///< administrative areas whose noun belongs to the place's name: "provincia di Cuneo"
    Count              ///< number of lists, not a list
};

/// Bit of a list in a word's flags.
[[nodiscard]] constexpr std::uint64_t bitOf(WordList list) {
    return std::uint64_t{1} << static_cast<unsigned>(list);
}

/// The list a file section such as "[org-head]" names, or nullopt when unknown.
[[nodiscard]] std::optional<WordList> parseWordList(std::string_view name);

static_assert(static_cast<unsigned>(WordList::Count) <= 64, "word-list flags are 64 bits");

} // namespace annalist::core::ner
