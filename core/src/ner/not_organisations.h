// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "il film Guardia del corpo", "la canzone Colpo di Fulmine", "the novel Bleak House": a name typed an organisation
/// only by its shape right after a word for a work is the work's title, which is no entity. Names the gazetteer or
/// the knowledge base knows ("il documentario Rai") keep their type.
void dropWorkTitles(const Context& context, std::vector<Candidate>& candidates);

/// Mentions that look like organisations and name none:
/// - an institution after an indefinite article, which is no particular one: "da un tribunale", "un nuovo governo",
///   "a court";
/// - in Italian, a name typed an organisation only by default after an indefinite article, a product or a likeness:
///   "una Mini Cooper", "un Politecnico";
/// - a name typed an organisation only by default that a law or a crime heads: "la Legge di Stabilità", "l'Equality
///   Bill", "la Strage di Erba";
/// - an Italian road's code before its number: "la SS 195", "sulla SP 12".
/// A name whose last word is a compound ending in "festival" ("il Lakeside JazzFestival") is an event.
void dropUnnamedOrganisations(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
