// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "ha militato nella Roma, Catania, Napoli e Palermo", "la finale tra Juventus e Lazio": towns and regions listed
/// with a club, a town an earlier rule made a club or a club the knowledge base knows, are clubs too. A town after a
/// preposition of place stays a venue, and a country is left to the national-team rules.
void applyClubLists(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
