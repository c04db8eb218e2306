// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace annalist::core::ner {

/// The ends of a text's sentences as UTF-8 byte offsets, in order and ending with the text's size, exactly where
/// ICU's sentence break iterator puts them (the Unicode sentence rules, UAX #29). It reads the UTF-8 directly and
/// knows the sentence-break classes of Latin, Greek, Cyrillic, Armenian and common punctuation: for a text holding
/// anything else (combining marks, format characters, other scripts, invalid UTF-8) it returns nullopt and the
/// caller asks ICU.
[[nodiscard]] std::optional<std::vector<std::size_t>> scanSentenceEnds(std::string_view utf8);

/// The same ends as ICU's sentence break iterator finds them: the reference the scanner must agree with.
[[nodiscard]] std::vector<std::size_t> icuSentenceEnds(std::string_view utf8);

} // namespace annalist::core::ner
