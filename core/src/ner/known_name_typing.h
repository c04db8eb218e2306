// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <optional>

namespace annalist::core::ner {

/// Types a sequence that contains known names as one name when its structure says so ("Banca d’Italia",
/// "George Washington"); nullopt when the known names should stand on their own.
/// `known` is the first known name inside the sequence.
[[nodiscard]] std::optional<Candidate> typeNameAroundKnown(const Context& context, std::size_t first, std::size_t last,
                                                           const Candidate& known);

} // namespace annalist::core::ner
