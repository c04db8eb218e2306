// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "Manchester United ... United equalised", "Arne Slot ... Slot said": a lone capitalised word that repeats the
/// last word of one organisation or person the text names in full is a short form of it, even when the word is
/// an ordinary one that no other rule takes as a name. Head words ("Bank"), places, titles and first names of
/// organisations are no short forms.
void addShortForms(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
