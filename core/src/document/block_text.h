// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

/// Text helpers shared by the article readers (private to core).
namespace annalist::core::detail {

/// Splits text into lines at '\n', dropping a trailing '\r' from each; a leading byte-order mark is skipped.
[[nodiscard]] std::vector<std::string_view> splitLines(std::string_view text);

/// True when the line has nothing but white space (Unicode-aware).
[[nodiscard]] bool isBlank(std::string_view text);

/// Removes Unicode white space from both ends.
[[nodiscard]] std::string_view trimSpace(std::string_view text);

/// Trims and collapses white-space runs to a single space; a lone no-break space between words is kept.
[[nodiscard]] std::string collapseWhitespace(std::string_view text);

/// ASCII lowercase copy (keys, extensions).
[[nodiscard]] std::string asciiLower(std::string_view text);

/// Number of space-separated words of a collapsed block.
[[nodiscard]] std::size_t wordCount(std::string_view collapsed);

/// True when a single-line block reads like a sub-heading: short, few words, starts with a capital
/// letter or digit and does not end like a sentence.
[[nodiscard]] bool looksLikeHeading(std::string_view collapsed);

/// True when the first single-line block reads like a headline (short enough, not ending like a lead-in).
[[nodiscard]] bool looksLikeHeadline(std::string_view collapsed);

} // namespace annalist::core::detail
