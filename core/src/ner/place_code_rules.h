// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "Pioltello (MI)", "Springfield (IL)": two capitals in brackets right after a place are the code of its province
/// or state, a place too, whatever else the letters could stand for. `candidates` stay in text order.
void applyPlaceCodes(const Context& context, std::vector<Candidate>& candidates);

/// "WASHINGTON (Reuters) - Police said": the word after a dateline's dash opens the sentence. Marks it so.
void markDatelineOpenings(std::vector<Token>& tokens);

/// "AL-AIN, United Arab Emirates", "WASHINGTON (Reuters) -": a name in capitals opening a sentence and followed by
/// a comma and a place, a bracket or a dash is the dateline's city.
void applyDatelines(const Context& context, std::vector<Candidate>& candidates);

/// True when a name is a dateline's city as applyDatelines() reads it.
[[nodiscard]] bool isDatelineCity(const Context& context, const std::vector<Candidate>& candidates,
                                  const Candidate& name);

} // namespace annalist::core::ner
