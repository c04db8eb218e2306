// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

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
    NameAbbreviation,  ///< abbreviations that end a name with their dot: Inc, Co, Jr
    SpeakerLead,       ///< pronouns and auxiliaries before a speech verb with no named subject: he, ha, lo
    SeatHead,          ///< a local office named after the city it sits in: Tribunale, Procura, Questura
    ItalianStopword,   ///< a stopword of Italian in particular ("al", "come")
    EnglishStopword,   ///< a stopword of English in particular ("the", "may")
    FrenchStopword,    ///< a stopword of French in particular ("sur", "dans")
    GermanStopword,    ///< a stopword of German in particular ("die", "bei")
    SpanishStopword,   ///< a stopword of Spanish in particular ("como", "este")
    ItalianDeterminer, ///< an article of Italian in particular ("della", "al")
    EnglishDeterminer, ///< an article of English in particular
    FrenchDeterminer,  ///< an article of French in particular
    GermanDeterminer,  ///< an article of German in particular
    SpanishDeterminer, ///< an article of Spanish in particular
    Portfolio,         ///< a minister's portfolio after "ministro del": Lavoro, Interno, Defence
    ThingNoun,         ///< nouns that name a thing, not a person, in apposition: "l'uragano", "the album"
    SportWord,         ///< words told only of sport: "classifica", "allenatore", "pallavolo", "striker"
    RemitNoun,         ///< remits public bodies are named for: "garanzia sugli scioperi", "della concorrenza"
    ItalianCommon,     ///< a common word of Italian in particular ("bra" is none, "como" is none)
    EnglishCommon,     ///< a common word of English in particular
    FrenchCommon,      ///< a common word of French in particular
    GermanCommon,      ///< a common word of German in particular
    SpanishCommon,     ///< a common word of Spanish in particular
    Count              ///< number of lists, not a list
};

static_assert(static_cast<unsigned>(WordList::Count) <= 64, "a word's flags hold one bit per list in 64 bits");

/// Bit of a list in a word's flags.
[[nodiscard]] constexpr std::uint64_t bitOf(WordList list) {
    return std::uint64_t{1} << static_cast<unsigned>(list);
}

/// A common word of any language's dictionary, whatever the language of the text: what tells a word from a given
/// name ("Pentagono Hassan") even where, in a text of another language, a capital may make it a name.
inline constexpr std::uint64_t kCommonInAnyLanguage = bitOf(WordList::Common) | bitOf(WordList::ItalianCommon) |
                                                      bitOf(WordList::EnglishCommon) | bitOf(WordList::FrenchCommon) |
                                                      bitOf(WordList::GermanCommon) | bitOf(WordList::SpanishCommon);

/// The list a file section such as "[org-head]" names, or nullopt when unknown.
[[nodiscard]] std::optional<WordList> parseWordList(std::string_view name);

/// The languages whose function words are told apart, in the order of their lists above.
inline constexpr std::array<std::string_view, 5> kListLanguages{"it", "en", "fr", "de", "es"};

/// Lists whose words depend on the language of the text: each has one list per language of kListLanguages.
inline constexpr std::array<std::pair<WordList, WordList>, 3> kLanguageLists{{
    {WordList::Stopword, WordList::ItalianStopword},
    {WordList::Determiner, WordList::ItalianDeterminer},
    {WordList::Common, WordList::ItalianCommon},
}};

/// The index of a language code ("it", "en-GB") in kListLanguages, or nullopt for another language.
[[nodiscard]] std::optional<std::size_t> listLanguageIndex(std::string_view language);

/// The per-language list of `list` for a language index, or nullopt when the list does not depend on language.
[[nodiscard]] std::optional<WordList> languageListOf(WordList list, std::size_t languageIndex);

/// A word's flags in a text of the given language: a function word of other languages only ("como" in an Italian
/// text, where Como is a town; "al" in an English one, where Al is a name) loses that list's bit, and so does a
/// common word of other languages only ("bra" in an Italian text, where Bra is a town; "dover" in an English one).
/// Flags stay as they are when the language is not one of kListLanguages.
/// Inline: it runs once for every token of every text.
[[nodiscard]] inline std::uint64_t flagsInLanguage(std::uint64_t flags, std::optional<std::size_t> languageIndex) {
    if (!languageIndex) {
        return flags;
    }
    for (const auto& [general, first] : kLanguageLists) {
        std::uint64_t own = bitOf(static_cast<WordList>(static_cast<std::size_t>(first) + *languageIndex));
        // News in every language quotes English titles, slogans and names of things ("Grand Slam", "Discovery",
        // "Jobs Act"), and borrows English words: an English common word stays common in any text.
        if (general == WordList::Common) {
            own |= bitOf(WordList::EnglishCommon);
        }
        const std::uint64_t all = ((std::uint64_t{1} << kListLanguages.size()) - 1) << static_cast<unsigned>(first);
        if ((flags & all) != 0 && (flags & own) == 0) {
            flags &= ~bitOf(general);
        }
    }
    return flags;
}

} // namespace annalist::core::ner
