// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "Confindustria Bergamo", "Cgil Lombardia", "Legambiente Puglia": an Italian association, union or party the
/// knowledge base knows, followed right away by a known Italian city or region, is that body's local branch, one
/// organisation of its own. `names` stay in text order.
void mergeLocalBranches(const Context& context, std::vector<Candidate>& names);

} // namespace annalist::core::ner
