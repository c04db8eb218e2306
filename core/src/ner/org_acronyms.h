// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "l'Assemblea parlamentare del Consiglio d'Europa (PACE)", "the Robert Koch Institute (RKI)": capitals in brackets
/// right after an organisation are its acronym, an organisation even when they spell an ordinary word ("PACE"),
/// and so are the same capitals anywhere else in the text. A name typed as a person whose initials the acronym
/// spells is an organisation. `candidates` stay in text order.
void applyBracketedAcronyms(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
