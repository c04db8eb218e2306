// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/tokenizer.h"

#include <optional>
#include <string_view>
#include <vector>

namespace annalist::core::ner {

/// The words, numbers and punctuation of a text, cut exactly where ICU's word break iterator cuts, with
/// white space left out and noted in TokenSpan::spaceBefore. It reads UTF-8 directly and knows the word-break
/// classes of Latin, Greek, Cyrillic, Armenian and common punctuation: for a text holding anything else
/// (combining marks, other scripts, emoji, invalid UTF-8) it returns nullopt and the caller asks ICU.
[[nodiscard]] std::optional<std::vector<TokenSpan>> scanWordTokens(std::string_view utf8);

} // namespace annalist::core::ner
