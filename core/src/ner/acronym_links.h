// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <string>
#include <vector>

namespace annalist::core::ner {

/// "the Monetary Policy Committee … the MPC", "l'Agenzia regionale per la protezione ambientale … l'ARPA": capitals
/// that spell the initials of an organisation the text names in full are that organisation. A lone word in capitals
/// typed otherwise becomes an organisation. `candidates` keep their order.
void applyAcronymTypes(const Context& context, std::vector<Candidate>& candidates);

/// Gives each acronym of an organisation named in full the cluster key of that organisation; `keys` holds one key per
/// candidate. An acronym that spells the initials of two different organisations is left alone.
void linkAcronyms(const Context& context, const std::vector<Candidate>& candidates, std::vector<std::string>& keys);

} // namespace annalist::core::ner
