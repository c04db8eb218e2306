// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "la moto prodotta dalla Vespini", "di proprietà della Ferrante", "shares of Halvorsen", "owned by Brightwell":
/// what makes, owns or publishes a thing, or is bought, is a company. A name after such words that no list knows
/// as a person and no given name opens is an organisation, found even when it spells an ordinary word.
/// `candidates` stay in text order.
void applyOwnershipContext(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
