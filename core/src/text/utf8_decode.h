// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>

namespace annalist::core {

/// A code point read from UTF-8 and the number of bytes it took.
struct DecodedCodePoint {
    char32_t value = 0;
    std::size_t length = 0; ///< 0 when the bytes there are not a well-formed sequence of at most three bytes
};

/// Decodes the one-, two- or three-byte sequence at `at` (no overlongs, surrogates or truncated sequences), as
/// ICU reads well-formed UTF-8. Four-byte sequences are reported as not decoded: the fast scanners leave such
/// text to ICU.
[[nodiscard]] inline DecodedCodePoint decodeShortUtf8(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0U; };
    const unsigned lead = byte(at);
    if (lead < 0x80U) {
        return {lead, 1};
    }
    if (lead >= 0xC2U && lead <= 0xDFU && (byte(at + 1) & 0xC0U) == 0x80U) {
        return {((lead & 0x1FU) << 6U) | (byte(at + 1) & 0x3FU), 2};
    }
    if (lead >= 0xE0U && lead <= 0xEFU && (byte(at + 1) & 0xC0U) == 0x80U && (byte(at + 2) & 0xC0U) == 0x80U) {
        const char32_t c = ((lead & 0x0FU) << 12U) | ((byte(at + 1) & 0x3FU) << 6U) | (byte(at + 2) & 0x3FU);
        const bool surrogate = c >= 0xD800 && c <= 0xDFFF;
        return c >= 0x800 && !surrogate ? DecodedCodePoint{c, 3} : DecodedCodePoint{};
    }
    return {};
}

} // namespace annalist::core
