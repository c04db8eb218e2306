// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace annalist::core {

/// A W3C TextQuoteSelector: the quoted passage with a little text on each side of it.
struct QuoteSelector {
    std::string quote;
    std::string prefix;
    std::string suffix;
};

/// Code points of context kept on each side of a quote.
inline constexpr std::size_t kQuoteContextLength = 32;

/// `span` of `text` without the white space at its ends; clamped to the text.
[[nodiscard]] Span trimmedSpan(std::string_view text, Span span);

/// The selector of a span of `text` (code points, clamped to the text).
[[nodiscard]] QuoteSelector quoteSelector(std::string_view text, Span span,
                                          std::size_t contextLength = kQuoteContextLength);

/// How a passage was found again.
enum class AnchorMatch {
    Unchanged, ///< the quote is still where it was
    Context,   ///< found elsewhere, with its prefix and suffix (or most of them) around it
    Nearest,   ///< found elsewhere without its context: the occurrence nearest the old place
    Orphaned,  ///< the quote is no longer in the text
};

/// Where a passage is in a (possibly changed) text.
struct Anchor {
    AnchorMatch match = AnchorMatch::Orphaned;
    std::optional<Span> span; ///< empty when orphaned
};

/// Finds a passage again in `text`: the quote at its old span; else the occurrence of the exact
/// quote whose surroundings agree best with the prefix and suffix; else the occurrence nearest the
/// old start; else orphaned. An empty quote is never found.
[[nodiscard]] Anchor reanchor(const QuoteSelector& selector, Span oldSpan, std::string_view text);

} // namespace annalist::core
