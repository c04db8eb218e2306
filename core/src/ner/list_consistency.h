// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "in Toscana ed Emilia", "Francia, Germania e Beltrania": names listed together are things of one kind. A name
/// typed only by default takes the type that the known names of its list agree on. `candidates` are in text order.
void applyListConsistency(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
