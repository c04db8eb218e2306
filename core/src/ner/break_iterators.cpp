// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/break_iterators.h"

#include <memory>
#include <stdexcept>

namespace annalist::core::ner {

icu::BreakIterator& threadBreakIterator(BreakKind kind) {
    thread_local std::unique_ptr<icu::BreakIterator> words;
    thread_local std::unique_ptr<icu::BreakIterator> sentences;
    auto& slot = kind == BreakKind::Words ? words : sentences;
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale root("en");
        slot.reset(kind == BreakKind::Words ? icu::BreakIterator::createWordInstance(root, status)
                                            : icu::BreakIterator::createSentenceInstance(root, status));
        if (U_FAILURE(status) || !slot) {
            throw std::runtime_error("ICU break iterator unavailable");
        }
    }
    return *slot;
}

} // namespace annalist::core::ner
