// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// Italian business news names a company by the people and the money around it: "gli azionisti di X",
/// "l'amministratore delegato di X", "il consiglio di amministrazione di X", "il fatturato di X". After such a cue an
/// unknown name that other rules took for a person or a place is an organisation. Strong cues (shareholders, chief
/// executive, board, turnover) retype any unknown name that does not open with a given name, and the firmest ones
/// ("i treni di Italo", "le azioni di X", "l'ad di X") a lone given name as well; weak ones ("i
/// dipendenti di X", "l'amministratore di X") only a single word no list knows as a surname. A surname of a person
/// the text names in full stays a person, and known names keep their type.
void applyItalianCompanyCues(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
