// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// Streets whose name the name finder cannot see whole, because it opens with a lowercase word or a number:
/// "via della Repubblica", "via dei Fori Imperiali", "viale delle Milizie", "via XX Settembre", "piazza 25 Aprile".
/// A street replaces the candidates inside it ("Repubblica", "Fori Imperiali") unless a known place holds it
/// ("piazza della Signoria"). "al largo di Lampedusa" and "nel corso di" are no streets.
void applyStreetNames(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
