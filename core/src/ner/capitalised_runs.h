// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>
#include <vector>

namespace annalist::core::ner {

/// Tokens [first, last) that may make one name.
struct Run {
    std::size_t first = 0;
    std::size_t last = 0;
};

/// A run and the token its words reached before a closing article was left out of it.
struct ReachedRun {
    Run run;
    std::size_t reach = 0;
};

/// Maximal sequences of capitalised words, joined directly or through connectors, within one sentence, outside the
/// tokens marked consumed. A run of `before` (found with fewer tokens consumed) that opens at the same place and has
/// none of its words consumed comes out the same and is taken as it is.
[[nodiscard]] std::vector<ReachedRun> capitalisedRuns(const Context& context, const std::vector<char>& consumed,
                                                      const std::vector<ReachedRun>& before = {});

} // namespace annalist::core::ner
