// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace annalist::core::ner {

/// True for the key of a country or of a nation of the United Kingdom: they field national teams, which English
/// news annotation names as the place ("Brazil beat Argentina"), Italian as the team ("l'Italia batte la Francia").
[[nodiscard]] bool isNation(std::string_view key);

/// "a Roma", "da Pesaro", "in Manchester", "In Madrid, …": a preposition of place right before the name at `first`
/// makes a town a venue, a hometown or a destination rather than its club.
[[nodiscard]] bool afterPlacePreposition(const Context& context, std::size_t first);

/// "Manchester United beat Liverpool 2-1", "Chelsea lost to Everton", "Rangers were held by Aberdeen": a town
/// named as a side in a match (a score after it, or a result verb before or after it) is the town's club, an
/// organisation, and so is every other mention of that town in the text. Nations stay places.
void applyMatchContext(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
