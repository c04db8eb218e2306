// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/block_text.h"

#include "annalist/core/text/unicode.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace annalist::core::detail {

namespace {

constexpr std::size_t kMaxHeadingCodePoints = 80;
constexpr std::size_t kMaxHeadingWords = 12;
constexpr std::size_t kMaxHeadlineCodePoints = 220;

bool isSpaceCodePoint(UChar32 c) {
    return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || u_isUWhiteSpace(c);
}

UChar32 codePointAt(std::string_view text, std::size_t& pos) {
    const auto* data = reinterpret_cast<const uint8_t*>(text.data());
    auto i = static_cast<int32_t>(pos);
    UChar32 c = 0;
    U8_NEXT(data, i, static_cast<int32_t>(text.size()), c);
    pos = static_cast<std::size_t>(i);
    return c;
}

UChar32 lastCodePoint(std::string_view text) {
    const auto* data = reinterpret_cast<const uint8_t*>(text.data());
    auto i = static_cast<int32_t>(text.size());
    UChar32 c = 0;
    U8_PREV(data, 0, i, c);
    return c;
}

bool endsLikeSentence(UChar32 last) {
    static constexpr std::array<UChar32, 13> kEnders = {'.', ':',    ';',    '!',    '?',  ',',   0x2026,
                                                        '"', 0x201D, 0x00BB, 0x2019, '\'', 0x3002};
    return std::find(kEnders.begin(), kEnders.end(), last) != kEnders.end();
}

} // namespace

std::vector<std::string_view> splitLines(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
    }
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        lines.push_back(line);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
    return lines;
}

std::string_view trimSpace(std::string_view text) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t next = start;
        if (!isSpaceCodePoint(codePointAt(text, next))) {
            break;
        }
        start = next;
    }
    text.remove_prefix(start);
    while (!text.empty()) {
        const auto* data = reinterpret_cast<const uint8_t*>(text.data());
        auto i = static_cast<int32_t>(text.size());
        UChar32 c = 0;
        U8_PREV(data, 0, i, c);
        if (!isSpaceCodePoint(c)) {
            break;
        }
        text.remove_suffix(text.size() - static_cast<std::size_t>(i));
    }
    return text;
}

bool isBlank(std::string_view text) {
    return trimSpace(text).empty();
}

std::string collapseWhitespace(std::string_view text) {
    text = trimSpace(text);
    std::string result;
    result.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        if (!isSpaceCodePoint(codePointAt(text, pos))) {
            result.append(text.substr(start, pos - start));
            continue;
        }
        std::size_t runEnd = pos;
        std::size_t next = pos;
        while (next < text.size() && isSpaceCodePoint(codePointAt(text, next))) {
            runEnd = next;
        }
        const std::string_view run = text.substr(start, runEnd - start);
        // A single typographic space (no-break, thin) is deliberate; anything else is layout.
        std::size_t probe = 0;
        const bool keep =
            run.size() > 1 && codePointCount(run) == 1 && u_charType(codePointAt(run, probe)) == U_SPACE_SEPARATOR;
        result.append(keep ? run : std::string_view(" "));
        pos = runEnd;
    }
    return result;
}

std::string asciiLower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return result;
}

std::size_t wordCount(std::string_view collapsed) {
    if (collapsed.empty()) {
        return 0;
    }
    return static_cast<std::size_t>(std::count(collapsed.begin(), collapsed.end(), ' ')) + 1;
}

bool looksLikeHeading(std::string_view collapsed) {
    if (collapsed.empty() || codePointCount(collapsed) > kMaxHeadingCodePoints ||
        wordCount(collapsed) > kMaxHeadingWords || endsLikeSentence(lastCodePoint(collapsed))) {
        return false;
    }
    std::size_t pos = 0;
    const UChar32 first = codePointAt(collapsed, pos);
    return (u_isalpha(first) && !u_islower(first)) || u_isdigit(first);
}

bool looksLikeHeadline(std::string_view collapsed) {
    if (collapsed.empty() || codePointCount(collapsed) > kMaxHeadlineCodePoints) {
        return false;
    }
    const UChar32 last = lastCodePoint(collapsed);
    // A first line ending in ':' or ',' introduces what follows rather than heading it.
    return last != ':' && last != ',' && last != ';';
}

} // namespace annalist::core::detail
