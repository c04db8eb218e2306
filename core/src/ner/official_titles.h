// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "Commissione di garanzia sugli scioperi", "Garante per la protezione dei dati personali", "Agenzia dell'Unione
/// europea per l'asilo": Italian public bodies carry their remit in their official name, a lowercase chain of
/// prepositions and institutional nouns ("della concorrenza e del mercato", "sui fondi pensione"). In Italian, an
/// organisation opened by a capitalised head word takes such a chain as long as each link ends in a noun of
/// public remits (garanzia, concorrenza, asilo, scioperi, ...) and its adjectives; the chain stops at any other
/// word, at punctuation and after at most eight words. A body with a remit named after a union of states
/// ("Agenzia dell'Unione europea per l'asilo") becomes one organisation with that union.
void extendOfficialTitles(const Context& context, std::vector<Candidate>& names);

} // namespace annalist::core::ner
