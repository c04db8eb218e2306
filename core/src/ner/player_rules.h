// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "Sampras beat Ivanisevic 6-4 6-3 7-6", "won in straight sets": in a sentence about a tennis match (straight sets, a
/// set score, a tiebreak, a seed) the sides are players. A name the match rules made a club there is a person, in all
/// its mentions, and an unknown name opening the sentence before a result verb is a player's surname.
void applyPlayerContext(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
