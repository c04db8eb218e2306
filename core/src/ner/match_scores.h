// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/tokenizer.h"

#include <cstddef>
#include <vector>

namespace annalist::core::ner {

/// "24-17", "3-1", "88 - 79": a match result at token `i`, in one token or in three within one sentence, each
/// side a count of at most three digits.
[[nodiscard]] bool isScore(const std::vector<Token>& tokens, std::size_t i);

} // namespace annalist::core::ner
