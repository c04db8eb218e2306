// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/notes/note_anchor.h"

#include "annalist/core/text/unicode.h"

#include <algorithm>
#include <tuple>

namespace annalist::core {
namespace {

bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// Byte range of a code point span, clamped to the text.
std::pair<std::size_t, std::size_t> byteRange(const CodePointIndex& index, Span span) {
    const std::size_t end = std::min(span.end, index.size());
    const std::size_t start = std::min(span.start, end);
    return {index.toByte(start), index.toByte(end)};
}

std::size_t commonSuffixLength(std::string_view a, std::string_view b) {
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) {
        ++n;
    }
    return n;
}

std::size_t commonPrefixLength(std::string_view a, std::string_view b) {
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) {
        ++n;
    }
    return n;
}

/// One place the quote occurs, ranked: more context agreeing first, then nearer the old place.
struct Candidate {
    int tier = 0;              ///< 2: prefix and suffix agree fully; 1: at least half of them; 0: less
    std::size_t agreement = 0; ///< bytes of prefix and suffix that agree, counted in tiers 1 and 2 only
    std::size_t distance = 0;  ///< code points from the old start
    std::size_t byte = 0;

    [[nodiscard]] bool betterThan(const Candidate& other) const {
        return std::make_tuple(tier, agreement, other.distance) >
               std::make_tuple(other.tier, other.agreement, distance);
    }
};

Candidate rate(std::string_view text, std::size_t byte, const QuoteSelector& selector, std::size_t distance) {
    const std::size_t before = commonSuffixLength(text.substr(0, byte), selector.prefix);
    const std::size_t after = commonPrefixLength(text.substr(byte + selector.quote.size()), selector.suffix);
    const std::size_t context = selector.prefix.size() + selector.suffix.size();
    Candidate candidate;
    candidate.byte = byte;
    candidate.distance = distance;
    if (before == selector.prefix.size() && after == selector.suffix.size()) {
        candidate.tier = 2;
    } else if (before + after > 0 && 2 * (before + after) >= context) {
        candidate.tier = 1;
    }
    candidate.agreement = candidate.tier > 0 ? before + after : 0;
    return candidate;
}

} // namespace

Span trimmedSpan(std::string_view text, Span span) {
    const CodePointIndex index(text);
    auto [from, to] = byteRange(index, span);
    // A selection dragged across a word boundary usually carries a space or a line break at its ends.
    while (from < to && isAsciiSpace(text[from])) {
        ++from;
    }
    while (to > from && isAsciiSpace(text[to - 1])) {
        --to;
    }
    return Span{index.toCodePoint(from), index.toCodePoint(to)};
}

QuoteSelector quoteSelector(std::string_view text, Span span, std::size_t contextLength) {
    const CodePointIndex index(text);
    const auto [from, to] = byteRange(index, span);
    const std::size_t start = index.toCodePoint(from);
    const std::size_t end = index.toCodePoint(to);
    const std::size_t prefixStart = index.toByte(start - std::min(start, contextLength));
    const std::size_t suffixEnd = index.toByte(std::min(index.size(), end + contextLength));
    return QuoteSelector{std::string(text.substr(from, to - from)),
                         std::string(text.substr(prefixStart, from - prefixStart)),
                         std::string(text.substr(to, suffixEnd - to))};
}

Anchor reanchor(const QuoteSelector& selector, Span oldSpan, std::string_view text) {
    if (selector.quote.empty()) {
        return {};
    }
    const CodePointIndex index(text);
    const std::size_t quoteLength = codePointCount(selector.quote);
    if (oldSpan.start <= oldSpan.end && oldSpan.end <= index.size()) {
        const auto [from, to] = byteRange(index, oldSpan);
        if (text.substr(from, to - from) == selector.quote) {
            return Anchor{AnchorMatch::Unchanged, oldSpan};
        }
    }
    std::optional<Candidate> best;
    for (std::size_t byte = text.find(selector.quote); byte != std::string_view::npos;
         byte = text.find(selector.quote, byte + 1)) {
        const std::size_t start = index.toCodePoint(byte);
        const std::size_t distance = start > oldSpan.start ? start - oldSpan.start : oldSpan.start - start;
        const Candidate candidate = rate(text, byte, selector, distance);
        if (!best || candidate.betterThan(*best)) {
            best = candidate;
        }
    }
    if (!best) {
        return {};
    }
    const std::size_t start = index.toCodePoint(best->byte);
    return Anchor{best->tier > 0 ? AnchorMatch::Context : AnchorMatch::Nearest, Span{start, start + quoteLength}};
}

} // namespace annalist::core
