// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <unicode/brkiter.h>

namespace annalist::core::ner {

/// What an ICU break iterator cuts a text into.
enum class BreakKind { Words, Sentences };

/// This thread's ICU break iterator of a kind, for the root rules: creating one is costly, and using one is not
/// thread-safe. Throws std::runtime_error when ICU cannot provide it.
[[nodiscard]] icu::BreakIterator& threadBreakIterator(BreakKind kind);

} // namespace annalist::core::ner
