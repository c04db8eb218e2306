// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// Prizes and honours look like names and name no entity:
/// - a capitalised word before a lowercase metal is an award: "l'Ambrogino d'oro", "il Leone d'oro", "la Scarpa
///   d'oro", "l'Orso d'argento"; a name the gazetteer knows keeps its type ("l'Italia d'argento" is the country's
///   team);
/// - an order's rank with its class or order is an honour: "Cavaliere del Lavoro", "Cavaliere di Gran Croce",
///   "Commendatore della Repubblica", "Knight Grand Cross", "Dame Commander of the Order".
/// "del Cavaliere" alone, a nickname, and "Dame Judi Dench", a title before a name, are left as they are.
void dropHonours(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
