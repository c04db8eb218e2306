// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "correct/text_occurrences.h"

#include "annalist/core/text/unicode.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace annalist::core::correct {

namespace {

struct Occurrence {
    Span span;
    bool wholeWord = false;
};

bool isWordCharacter(UChar32 c) {
    return c >= 0 && (u_isalnum(c) != 0 || c == '_');
}

bool wordBoundaryAround(std::string_view text, std::size_t byteStart, std::size_t byteEnd) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    if (byteStart > 0) {
        auto offset = static_cast<std::int32_t>(byteStart);
        UChar32 before = 0;
        U8_PREV(bytes, 0, offset, before);
        if (isWordCharacter(before)) {
            return false;
        }
    }
    if (byteEnd < text.size()) {
        auto offset = static_cast<std::int32_t>(byteEnd);
        UChar32 after = 0;
        U8_NEXT(bytes, offset, length, after);
        if (isWordCharacter(after)) {
            return false;
        }
    }
    return true;
}

// Every occurrence in text order; code points are counted once over the whole text, not per occurrence.
std::vector<Occurrence> occurrences(std::string_view text, std::string_view surface) {
    std::vector<Occurrence> found;
    if (surface.empty()) {
        return found;
    }
    const std::size_t surfaceLength = codePointCount(surface);
    std::size_t countedBytes = 0;
    std::size_t countedCodePoints = 0;
    for (std::size_t byte = text.find(surface); byte != std::string_view::npos; byte = text.find(surface, byte + 1)) {
        countedCodePoints += codePointCount(text.substr(countedBytes, byte - countedBytes));
        countedBytes = byte;
        found.push_back({Span{countedCodePoints, countedCodePoints + surfaceLength},
                         wordBoundaryAround(text, byte, byte + surface.size())});
    }
    return found;
}

std::size_t distance(std::size_t a, std::size_t b) {
    return a > b ? a - b : b - a;
}

} // namespace

std::vector<Span> wordOccurrences(std::string_view text, std::string_view surface) {
    std::vector<Span> spans;
    for (const Occurrence& occurrence : occurrences(text, surface)) {
        if (occurrence.wholeWord) {
            spans.push_back(occurrence.span);
        }
    }
    return spans;
}

std::optional<Span> reanchor(std::string_view text, Span span, std::string_view surface) {
    if (surface.empty()) {
        return std::nullopt;
    }
    if (span.end > span.start && substrCodePoints(text, span.start, span.end) == surface) {
        return span;
    }
    std::optional<Occurrence> best;
    for (const Occurrence& occurrence : occurrences(text, surface)) {
        // A whole word beats a piece of a longer word however far it is; then the nearest wins.
        const bool better = !best || (occurrence.wholeWord && !best->wholeWord) ||
                            (occurrence.wholeWord == best->wholeWord &&
                             distance(occurrence.span.start, span.start) < distance(best->span.start, span.start));
        if (better) {
            best = occurrence;
        }
    }
    return best ? std::optional<Span>(best->span) : std::nullopt;
}

} // namespace annalist::core::correct
