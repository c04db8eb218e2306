// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "la Feltrinelli", "della Mondadori", "la Ferrero": Italian news names a woman by her surname after the feminine
/// article ("la Minetti"), and a company named after a family the same way. A lone surname after a feminine article
/// that was taken for a woman is a company when the text names it so elsewhere (an organisation with the same word,
/// "il gruppo X", "l'azienda X", "X S.p.A.", "i dipendenti della X") or the knowledge base knows a company "Gruppo X"
/// or "X Group", and nothing says a woman: a given name before the surname elsewhere, a woman's title ("la signora
/// X", "la senatrice X") or a verb said of people in the feminine ("la X è stata arrestata"). Without either it stays
/// a woman.
void applyFamilyCompanies(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
