// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>
#include <vector>

namespace annalist::core::ner {

/// Clubs of every team sport, named by their city or by their sponsors, in sports news (a sentence with a score or a
/// sport word, or a text with several): "Cuneo espugna Bergamo", "il presidente di Modena", "Northampton coach Tom
/// Haskell", "Lumina Bergamo vince 3-1", "Vero Volley". A city stays a place where it is a venue, a hometown or a
/// destination ("a Roma", "da Pesaro", "in Manchester"), and a sport's name heading a section ("Pallavolo") names
/// nothing. `known` are the gazetteer's matches; `names` stay in text order.
void applyClubContext(const Context& context, const std::vector<Candidate>& known, std::vector<Candidate>& names);

/// Index of the one club in `candidates` whose longer name ends with the town that `candidates[lone]`, a club named
/// by its town alone, is ("Lumina Bergamo" for "Bergamo"), or npos when none or several do.
[[nodiscard]] std::size_t clubOwning(const Context& context, const std::vector<Candidate>& candidates,
                                     std::size_t lone);

/// True when the text names a team sport ("pallavolo", "volleyball", "rugby"): there a set score and a tie-break
/// tell a volleyball match, not a tennis one.
[[nodiscard]] bool namesTeamSport(const Context& context);

} // namespace annalist::core::ner
