// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "Marina di Pietrasanta", "Marina di Ostia": Italian seaside towns are named "Marina di" and their inland town,
/// with a bare "di"; a navy takes an article or an adjective ("la Marina degli Stati Uniti", "la Marina militare",
/// "la Marina di Sua Maestà"). Such a name typed an organisation is a place.
void applyCoastalTownNames(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
