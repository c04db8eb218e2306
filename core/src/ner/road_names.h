// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// Roads named by a code or a number are places (DESIGN §2: geographic features and facilities):
/// - an Italian motorway after an article: "sulla A14", "l'A4", "la A22 Modena-Brennero" (after "autostrada" the
///   place head rules already take "autostrada A14" whole);
/// - Italian state and provincial roads: "la statale 106", "strada provinciale 12", "SS 554", "SS 195 Sulcitana";
/// - English highways: "Interstate 95", "I-95", "Route 66", "U.S. Route 1", "State Route 9", "Highway 1", and a
///   British road after "on the": "on the M25", "along the A1".
/// A road replaces whatever overlapped it ("SS" read as an acronym, "Sulcitana" as a surname).
void applyRoadNames(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
