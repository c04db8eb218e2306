// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>
#include <vector>

namespace annalist::core::ner {

/// True for the full stop of an initial inside a name: "George W. Bush", "J.H. Newman".
[[nodiscard]] bool isInitialDot(const Context& context, std::size_t i);

/// "III", "XVI", "V": a Roman numeral in capitals, as after a sovereign's or a pope's name.
[[nodiscard]] bool isRegnalNumeral(const Context& context, std::size_t token);

/// True when the word alone names a country or a major city ("Milano", "Italia"), even if it is also a first name.
[[nodiscard]] bool isMajorPlaceWord(const Context& context, std::size_t token);

/// "il ministro del Lavoro Rossi", "the Secretary of State Jane Doe": where a name starts after the portfolio that
/// opens the run [first, last) after a title and a preposition; `first` when there is no such portfolio.
[[nodiscard]] std::size_t afterPortfolio(const Context& context, std::size_t first, std::size_t last,
                                         const std::vector<Candidate>& known);

/// "la commissaria per l'Allargamento", "il ministro dell'Interno": a portfolio after a title and a preposition,
/// part of the title rather than a name.
[[nodiscard]] bool isPortfolioAfterTitle(const Context& context, std::size_t token);

/// "Chiamo Mario", "Arrestato Bianchi": where a name starts after an ordinary word (a verb, an adverb) that opens
/// the sentence and the run [first, last) before a person's name; `first` when the run holds no such word.
[[nodiscard]] std::size_t afterOrdinaryOpening(const Context& context, std::size_t first, std::size_t last,
                                               const std::vector<Candidate>& known);

/// "l'uragano Katia", "il singolo Lucia": a noun naming a thing stands right before the name.
[[nodiscard]] bool followsThingNoun(const Context& context, std::size_t first);

/// "Motociclismo", "Razzismo", "Paleontologia": an unlisted word whose ending marks an abstract common noun
/// (-ismo, -zione, -logia, -ism, -tion), which no person is named.
[[nodiscard]] bool hasCommonNounEnding(const Context& context, std::size_t token);

/// "Lee ha affermato", "Rosa è stata eletta": a word listed both as a name and as an ordinary word that opens the
/// sentence before a speech verb, or an auxiliary and a participle, is the subject's name.
[[nodiscard]] bool namesSpeakerAtSentenceStart(const Context& context, std::size_t first);

/// "Alfredo Provenzali", "Giovanni Francese": a nationality written with a capital right after a given name is a
/// surname.
[[nodiscard]] bool isDemonymSurname(const Context& context, std::size_t token);

/// "April Jones", "August Wilson": a month that is also a given name, before a surname and after no number or
/// preposition, is the given name.
[[nodiscard]] bool isGivenNameNotMonth(const Context& context, std::size_t token);

/// "Wikivoyage", "Macromedia", "Datasoft": an unlisted word with a prefix or a suffix of company and brand names,
/// which no person is named.
[[nodiscard]] bool hasBrandAffix(const Context& context, std::size_t token);

/// "Supercoppa", "Eurozona", "Tangentopoli", "Rubygate": an unlisted word made of a prefix such as super- or euro-
/// and an ordinary word, or of a word and the suffix of a scandal or a city (-gate, -poli), names no person.
[[nodiscard]] bool isCompoundOfCommonWord(const Context& context, std::size_t token);

/// True when a token of [first, last) holds a digit.
[[nodiscard]] bool hasDigit(const Context& context, std::size_t first, std::size_t last);

} // namespace annalist::core::ner
