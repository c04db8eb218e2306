// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// A government's seat stands for the government ("Downing Street ha smentito", DESIGN §2) unless the text is about
/// the building, where it is a named facility, a place:
/// - after a word of position: "davanti a Downing Street", "fuori dal Cremlino", "outside the White House";
/// - in a list with squares, parks or streets: "da Hyde Park per Trafalgar Square, Whitehall e Downing Street".
void applySeatPlaces(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
