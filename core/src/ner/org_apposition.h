// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "il quotidiano \"Il Mattino Nuovo\"", "il quotidiano la Gazzetta", "il settimanale Casa e Giardino": after a
/// noun that introduces a company or a newspaper, a quoted title, a name after a lowercase article, or two
/// capitalised names joined by "e" or "&" are one organisation. `candidates` stay in text order.
void applyOrgApposition(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
