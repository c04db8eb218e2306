// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>
#include <vector>

namespace annalist::core::ner {

/// "la Corte ha deciso", "la legge dello Stato", "the Ministry said": an organisation's head word written with a
/// capital inside a sentence, right after a lowercase definite article, names the one institution of the story.
[[nodiscard]] bool namesInstitutionAfterArticle(const Context& context, std::size_t head);

/// "Rimase | al Senato", "Differentemente | dalla Thyssen-Krupp": an ordinary word opening the sentence, then a
/// lowercase connector, before an institution's head word or a known organisation. Returns the index of the name
/// after the connector, or `first` when the run opens with no such word.
[[nodiscard]] std::size_t afterOpeningBeforeInstitution(const Context& context, std::size_t first, std::size_t last,
                                                        const std::vector<Candidate>& known);

/// "Unità Popolare", "Potere Operaio", "Democrazia Cristiana": capitalised words that no list knows, closed by the
/// adjective of a political family, name a party or a movement.
[[nodiscard]] bool namesPartyByAdjective(const Context& context, std::size_t first, std::size_t last);

/// "le forze russe", "la guardia costiera americana", "in serie B": lowercase names of a country's armed forces or
/// services by their nationality, and the divisions of Italian football, as organisations.
[[nodiscard]] std::vector<Candidate> findForcesAndLeagues(const Context& context);

/// "il ministero degli Esteri", "il dipartimento della Giustizia americano": a lowercase ministry noun, a connector
/// and a capitalised portfolio make one organisation, with the nationality after it.
void absorbMinistryNouns(const Context& context, std::vector<Candidate>& names);

/// "Croce Rossa Internazionale", "Messaggerie Italiane": outside English, a capitalised institutional adjective or
/// nationality right after an organisation belongs to its name.
void extendOrganisationQualifiers(const Context& context, std::vector<Candidate>& names);

} // namespace annalist::core::ner
