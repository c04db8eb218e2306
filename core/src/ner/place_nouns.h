// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>
#include <vector>

namespace annalist::core::ner {

/// "l'aeroporto di Napoli", "la stazione di Cagliari", "the port of Genoa": a lowercase noun for a facility that
/// serves a town, with a connector right after it, describes the facility by the town's name, and the name alone is
/// the mention, as the name finder already takes it for towns no list knows ("la stazione di Garbagnate"). True for
/// such a noun at `token`; a known name written in full with a capital ("Aeroporto di Fiumicino") keeps its noun.
[[nodiscard]] bool isFacilityNounBeforeName(const Context& context, std::size_t token);

/// "via Twitter", "via Internet", "collegato via Skype": "via" before the name of a channel of communication is the
/// preposition ("by way of"), not a street. True for such a one-word name [first, last) after "via".
[[nodiscard]] bool isChannelAfterVia(const Context& context, std::size_t via, std::size_t first, std::size_t last);

/// "via Internet", "via email": a channel after "via" that is an ordinary word and no known name is no entity at all.
[[nodiscard]] bool isCommonChannelAfterVia(const Context& context, std::size_t first, std::size_t last,
                                           const std::vector<Candidate>& known);

/// "la valle di Barak", "il lago di Brenta", "nel golfo di Corinto": a lowercase noun for a landform (a valley, an
/// island, a lake, a mountain, a gulf) with "di" before a name makes one place of both, even when the name alone
/// reads as a given name or a surname. A known person named in full ("il monte di Mario Rossi") stays a person.
void absorbLandformNouns(const Context& context, std::vector<Candidate>& names);

/// Named buildings whose name opens with a saint or a town, as places (DESIGN §2: named facilities); each replaces
/// the saint, the town or the person read inside it:
/// - "nella chiesa di San Giovanni Battista", "il santuario di Santa Maria delle Grazie", "the church of St Mary": a
///   lowercase noun for a place of worship with "di" or "of" before a saint's name names the church;
/// - "Porta Pia", "Porta San Paolo", "Porta Venezia": "Porta" written with its capital before a name names a city
///   gate or the district around it. Lowercase "porta" is left alone, where it is more often the verb ("il club
///   porta Rossi in Serie A").
void applyBuildingNames(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
