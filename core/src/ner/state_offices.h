// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// Italian offices of the state named by a noun and the body they serve, often written with a lowercase head:
/// - "la procura della Repubblica di Roma", "la presidenza della Repubblica": the office and "Repubblica" are one
///   organisation, and a known place after "di" is the office's seat, a place of its own (as "Procura di Bari");
/// - "la presidenza del Consiglio dei ministri", "l'avvocatura dello Stato": the same with the government's council
///   and the State, "dei ministri" included.
/// Runs on the names and the lowercase institutions together; `known` holds the known names, for the seat.
/// `names` stay in text order. Texts in other languages than Italian are left alone.
void joinStateOffices(const Context& context, const std::vector<Candidate>& known, std::vector<Candidate>& names);

} // namespace annalist::core::ner
