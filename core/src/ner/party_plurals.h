// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "the Greens", "the Liberals", "i Verdi", "dei Popolari": a political family's plural with a capital, after a
/// plural article, names a party. Written lowercase ("the greens", "i liberali") or without the article ("Verdi"
/// alone may be the composer) it names none. A name the knowledge base knows keeps its entry; a wider name that
/// holds the word ("Verdi tedeschi") is left as it is.
void addPartyPlurals(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
