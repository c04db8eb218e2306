// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "Google UK", "Amazon France", "Uber Italy", "Toyota Motor Europe": a company or a news group the knowledge base
/// knows, followed right away by a country or a continent, is that company's branch for the market, one
/// organisation of its own; the market is no place mentioned there. Any language. `names` stay in text order.
void mergeCompanyMarkets(const Context& context, std::vector<Candidate>& names);

} // namespace annalist::core::ner
