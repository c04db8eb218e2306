// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "Labor won", "said Labor would govern", "the Coalition conceded": English news names a party by one ordinary
/// word with a capital ("Labor" in Australia and Israel, "the Coalition" of Australia's Liberals and Nationals).
/// Alone, such a word is the party: not inside a longer name ("Labor Department", "Bureau of Labor Statistics",
/// "Coalition for Reform"), not as a holiday or an office ("Labor Day", "Labour Secretary", which also undoes the
/// knowledge base's "Labour" there), and "Coalition" only after a lowercase "the". At a sentence's start, where every
/// word has a capital, "Labor" counts only before a comma, a colon, an auxiliary or a speech verb ("Labor said",
/// "Labor has"), not before a noun ("Labor costs rose").
void applyPartyWords(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
