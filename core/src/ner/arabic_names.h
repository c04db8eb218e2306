// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "Saif al Islam", "Abu Bakr al Baghdadi", "Hamad bin Khalifa": Arabic names join their parts with a lowercase
/// "al", "el", "bin" or "ibn", which Italian reads as a preposition ("al" = "to the") and the recogniser as the
/// connector of a body's name. A name typed an organisation only by default that opens with a given name or "Abu"
/// and holds such a particle, and no head word of a body or a place, is a person.
void applyArabicNames(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
