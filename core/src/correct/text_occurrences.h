// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"

#include <optional>
#include <string_view>
#include <vector>

namespace annalist::core::correct {

/// Code point spans of every occurrence of `surface` in `text` that starts and ends at a word boundary.
[[nodiscard]] std::vector<Span> wordOccurrences(std::string_view text, std::string_view surface);

/// Where a span recorded with its surface text sits in `text` now: the span itself when it still holds the surface,
/// else the occurrence of the surface (as a whole word when there is one) nearest to the old start.
[[nodiscard]] std::optional<Span> reanchor(std::string_view text, Span span, std::string_view surface);

} // namespace annalist::core::correct
