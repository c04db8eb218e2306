// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// Widens names that capitalised runs cut short: a nickname in quotes between a given name and a surname
/// ("Giuseppe "Pippo" Calò"), an epithet after an article ("Plinio il Vecchio", "Peter the Great"), and a town named
/// after a saint joined to the place before it ("Ono San Pietro"). The names the wider one covers are dropped.
void widenNames(const Context& context, std::vector<Candidate>& names);

} // namespace annalist::core::ner
