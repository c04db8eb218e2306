// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>

namespace annalist::core::ner {

/// "Artemis II", "Apollo 11", "Gemini 7", "Chandrayaan-3": one capitalised word and a number name a mission, a
/// spacecraft or a product, which is no person even when the word is a given name somewhere. A Roman numeral after a
/// name kings, queens and popes reign by ("Carlo III", "Elizabeth II", "Pio XII"), after a royal or papal title
/// ("re Harald V") or after two names or more ("Giovanni Paolo II") makes a sovereign's name instead. An Arabic number
/// counts only when it is joined by a hyphen or a lowercase word follows it ("Gemini 7 stayed"), so that a player's
/// mark ("Rossi 7,"), a count of points or goals ("Okafor 12 goals") and a score stay, and a listed surname before it
/// is left alone.
[[nodiscard]] bool isNumberedThing(const Context& context, std::size_t first, std::size_t last);

} // namespace annalist::core::ner
