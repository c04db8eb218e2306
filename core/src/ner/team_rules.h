// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "il Parma", "la Lazio ha battuto", "Juventus - Milan": a city (or region) named where only its club fits is
/// that club, an organisation. Italian writes a city without an article, so a masculine article before it
/// says the club; a feminine one does in a sentence about sport; two names joined by a dash do in a fixture.
/// "la Nazionale azzurra" is the national team. `names` stay in text order.
void applyTeamContext(const Context& context, std::vector<Candidate>& names);

} // namespace annalist::core::ner
