// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "Tribunale di Milano", "Procura di Trani": a local office named after the city it sits in is two mentions, the
/// office and the city, as news annotation marks them. An organisation found by rule whose capitalised head is an
/// office noun and whose name ends with "di" and a known place (from `known`) is split there. Names the knowledge
/// base lists whole stay whole.
void splitOfficeSeats(const Context& context, const std::vector<Candidate>& known, std::vector<Candidate>& names);

} // namespace annalist::core::ner
