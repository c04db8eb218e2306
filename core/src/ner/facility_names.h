// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// Venues named like bodies are places (DESIGN §2: named facilities):
/// - "Unipol Forum", "Mediolanum Forum": a forum named by one proper word is an arena; "World Economic Forum" and
///   "Social Forum", whose words describe a meeting, stay organisations;
/// - "PalaTrento", "PalaDozza": a sports hall named in one word after "Pala";
/// - "New Hope Baptist Church", "St Luke's Church": a church named by a proper word is a building; "the Catholic
///   Church" and "the Russian Orthodox Church", named by their faith alone, stay bodies.
void applyFacilityNames(const Context& context, std::vector<Candidate>& candidates);

/// "l'Autodromo internazionale del Mugello", "lo Stadio comunale di Imola": a venue's head word alone, before the
/// lowercase adjective and the place that name the venue with it, is a fragment of that name, not a place of its
/// own; the place after "di" is what the phrase names. Names the gazetteer knows ("Stadio Olimpico") are kept.
void dropFacilityHeadFragments(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
