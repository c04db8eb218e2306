// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "il quartiere Borgo Durbecco", "la frazione Sant'Anna", "in località Pian del Voglio": a lowercase noun for a part
/// of a town right before a name, with no connector between, makes the name a place, whatever its words suggested.
/// A name the knowledge base knows as a person or an organisation keeps its type, and capitalised words no stage
/// took there ("il quartiere Borgo Fornace", ordinary words both) are the place too.
void applyDistrictNouns(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
