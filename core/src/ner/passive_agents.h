// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>

namespace annalist::core::ner {

/// "il furgone condotto da Ahmetovic", "la serata presentata da Baudo": in an Italian text, "da" after a past
/// participle introduces who did it, not where from, unless the verb is one of movement ("partito da", "rientrati
/// da"). True when the name at `first` follows such a "da".
[[nodiscard]] bool followsPassiveAgent(const Context& context, std::size_t first);

} // namespace annalist::core::ner
