// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>
#include <string_view>

// The evidence around an unknown name that name typing weighs: connectors inside it, titles, place and
// organisation nouns before it, speech verbs near it.
namespace annalist::core::ner {

/// True when a word that is no name word joins the sequence; an initial's full stop ("Mary J. Blige") does not count.
[[nodiscard]] bool hasConnector(const Context& context, std::size_t first, std::size_t last);

/// True when a name word stands among tokens [first, last).
[[nodiscard]] bool hasNameWordBetween(const Context& context, std::size_t first, std::size_t last);

/// True when a token of [first, last) is in the list.
[[nodiscard]] bool anyInList(const Context& context, WordList list, std::size_t first, std::size_t last);

/// True for a word written only with the Roman numerals I, V, X, L and C ("III", "XVI").
[[nodiscard]] bool isRomanNumeral(std::string_view word);

/// The word before `index` in the same sentence, skipping nothing; npos when there is none.
[[nodiscard]] std::size_t wordBefore(const Context& context, std::size_t index, std::size_t distance = 1);

/// True when a lowercase word of the list stands within `reach` words before `first`, in the same sentence.
[[nodiscard]] bool precededByList(const Context& context, std::size_t first, WordList list, std::size_t reach);

/// "il presidente Putin", "il presidente russo Putin": a title right before the name, or with one describing
/// word between; "ministro dell'Industria" is no person, since a preposition stands between.
[[nodiscard]] bool afterTitle(const Context& context, std::size_t first);

/// "il comune di X", "la centrale nucleare di X": a place noun (and perhaps an adjective) and a connector before
/// the name.
[[nodiscard]] bool afterPlaceNoun(const Context& context, std::size_t first);

/// True when `word` lies between an apposition noun and its name: a nationality or an institutional adjective
/// ("la compagnia spagnola"), a word right after the noun ("compagnia ferroviaria"), or the "di stampa" of
/// "agenzia di stampa".
[[nodiscard]] bool describesApposition(const Context& context, std::size_t word);

/// "l'azienda Metroferro", "l'agenzia di stampa giapponese Jiji", "the carmaker Renault": a noun that
/// introduces an organisation's name stands right before it, or with describing words between.
[[nodiscard]] bool afterOrgNoun(const Context& context, std::size_t first);

/// "la società Martina Trasporti", "la compagnia genovese Costa Vacanze", "the carmaker Harley Davidson": a company
/// noun right before the name, or with nationalities, institutional adjectives or one describing word between,
/// outweighs a given name inside the name.
[[nodiscard]] bool rightAfterOrgNoun(const Context& context, std::size_t first);

/// "YouTube", "teopol.it", "Pdl": the shape of a single word says it names a brand, a site or a body.
[[nodiscard]] bool hasOrganisationShape(const Context& context, std::size_t token);

/// "ha dichiarato X", "X ha detto", "said X", "X said": a speech verb within two words of the name.
[[nodiscard]] bool nearSpeechVerb(const Context& context, std::size_t first, std::size_t last);

} // namespace annalist::core::ner
