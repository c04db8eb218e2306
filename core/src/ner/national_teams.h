// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "l'Australia ha battuto la Nuova Zelanda 24-17", "un gol contro l'Argentina": in Italian, a country that plays a
/// match is its national team, an organisation. Only strong evidence counts: a score or a word of sport in its
/// sentence, or a result verb beside it in a text about sport, with the country in a side's place (after an article or
/// "contro", or opening the sentence). A country that acts as a state ("la Russia accusa la Georgia") and a venue ("in
/// Sudafrica") stay places, and so do national sides in English, which names them as the place (see isNation).
void applyNationalTeams(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
