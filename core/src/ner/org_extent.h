// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// The extent of organisations the earlier stages cut short or let run on:
/// - "Acme S.p.a.", "Uber Italy s.r.l.": an Italian legal form after capitalised words closes a company's name,
///   which takes in the form, its dot and every name before it in the run;
/// - "il 15º Stormo", "del 3° Reggimento", "the 82nd Airborne Division": an ordinal before a capitalised run that
///   holds a military unit's noun opens the unit's name;
/// - "il GUP del Tribunale", "il dott. Abbass del Ministero della Salute": outside English, capitalised words with
///   no organisation head, then "del", before an institution's head word are no part of the institution.
/// `candidates` stay in text order.
void applyOrganisationExtent(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
