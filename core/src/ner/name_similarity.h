// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <string>
#include <string_view>
#include <vector>

namespace annalist::core::ner {

/// Edit distance between two UTF-8 strings in code points, counting adjacent transpositions as one edit.
[[nodiscard]] std::size_t editDistance(std::string_view a, std::string_view b);

/// True when two folded multi-word person names differ only by a typo in one word of at least four
/// letters: same number of words, one substitution or transposition, and never a changed ending that
/// marks another person ("Petrov"/"Petrova" have different lengths and stay apart).
[[nodiscard]] bool isNearMissName(const std::vector<std::string>& a, const std::vector<std::string>& b);

/// Rewrites the cluster keys of people whose name is a near-miss spelling of a more frequent person's name
/// in the same document ("Vladimir Purin" joins "Vladimir Putin").
void mergeNearMissSpellings(const Context& context, const std::vector<Candidate>& candidates,
                            std::vector<std::string>& keys);

} // namespace annalist::core::ner
