// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "Coppa Italia", "Coppa America", "Supercoppa Italiana": a cup or a trophy whose name is a country or a region put
/// after it is one event, and the country in its name is no place mention. A country after a connector is where a
/// race or games are held and stays a place ("Gran Premio d'Italia", "le Olimpiadi di Londra").
void applyCompetitionNames(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
