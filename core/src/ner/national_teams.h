// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "l'Australia ha battuto la Nuova Zelanda 24-17", "un gol contro l'Argentina", "England beat Wales 24-17": a
/// country that plays a match is its national team, an organisation. Only strong evidence counts: a score, a result
/// verb beside the country or a word of sport in its sentence, with the country in an Italian side's place (after an
/// article or "contro", or opening the sentence); English asks for a score or a result verb beside it. A country that
/// acts as a state ("la Russia accusa la Georgia") and a venue ("in Sudafrica") stay places.
void applyNationalTeams(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
