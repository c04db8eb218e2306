// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>

namespace annalist::core::ner {

/// "il sindaco di Firenze Bernardelli", "il tecnico del Napoli Brambati", "the mayor of Leeds Whitcombe": after a
/// title and "di" or "of", a known place that opens the run [first, last) is the title's seat (or the club named after
/// it), and the name words after it are the holder's name, not a place or a body named after the town. `known` is the
/// place. False when the words after it could belong to the place's or a club's name: a head word, a direction, a
/// town's qualifier, an ordinary word ("Manchester United", "Modena Calcio") or a word with a capital inside
/// ("Merano WineFestival").
[[nodiscard]] bool isSeatBeforeHolder(const Context& context, std::size_t first, std::size_t last,
                                      const Candidate& known);

} // namespace annalist::core::ner
