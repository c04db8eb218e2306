// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>

namespace annalist::core::ner {

/// "Ariano Irpino", "Cerreto Sannita", "Salsomaggiore Terme", "Nocera Inferiore": Italian towns take a district's
/// adjective or a qualifier after their name. True for such a word after a known town in an Italian text: a
/// qualifier noun or adjective, or a word no list knows with the ending of a regional adjective (-ino, -ese, -ita…).
[[nodiscard]] bool qualifiesItalianTown(const Context& context, std::size_t token);

/// "la stazione di Milano Cadorna", "a Roma Tiburtina": in an Italian text, a known big Italian city opening the name
/// [first, last) after a place noun or a preposition of place, followed by words that are no given names, names a
/// station or a district of the city, although the city's name is listed as a given name somewhere.
[[nodiscard]] bool namesPartOfItalianCity(const Context& context, std::size_t first, std::size_t last,
                                          const Candidate& known);

} // namespace annalist::core::ner
