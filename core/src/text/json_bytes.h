// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace annalist::core {

/// True when one of the eight bytes of `eight` is a byte that a JSON string cannot hold as it is: a quote, a
/// backslash, a control character, and also any byte of 0x80 or more when `stopAtNonAscii` is set.
[[nodiscard]] inline bool holdsJsonSpecialByte(std::uint64_t eight, bool stopAtNonAscii) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    const auto hasZeroByte = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
    // A byte below 0x20 borrows; a lower byte's borrow can only flag a block that holds a special byte anyway.
    const std::uint64_t control = (eight - kOnes * 0x20U) & ~eight & kHighs;
    const std::uint64_t quote = hasZeroByte(eight ^ (kOnes * '"'));
    const std::uint64_t backslash = hasZeroByte(eight ^ (kOnes * '\\'));
    const std::uint64_t high = stopAtNonAscii ? eight & kHighs : 0;
    return (control | quote | backslash | high) != 0;
}

/// Offset of the first byte at or after `from` that a JSON string cannot hold as it is (see
/// holdsJsonSpecialByte()). Eight bytes are tested at a time; the text's size when there is none.
[[nodiscard]] inline std::size_t nextJsonSpecialByte(std::string_view text, std::size_t from, bool stopAtNonAscii) {
    std::size_t at = from;
    for (; at + 8 <= text.size(); at += 8) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, text.data() + at, sizeof eight);
        if (holdsJsonSpecialByte(eight, stopAtNonAscii)) {
            break;
        }
    }
    for (; at < text.size(); ++at) {
        const auto c = static_cast<unsigned char>(text[at]);
        if (c < 0x20U || c == '"' || c == '\\' || (stopAtNonAscii && c >= 0x80U)) {
            return at;
        }
    }
    return text.size();
}

/// Length of the well-formed UTF-8 sequence that starts with the byte of 0x80 or more at `i` (2 to 4), or 0 when
/// it is not well formed (a stray continuation byte, overlong, surrogate, beyond U+10FFFF or truncated): the
/// sequences nlohmann::json's decoder and ICU's U8_NEXT accept.
[[nodiscard]] inline std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t at) { return at < text.size() ? static_cast<unsigned char>(text[at]) : 0U; };
    const auto continuation = [&](std::size_t at, unsigned low, unsigned high) {
        const unsigned b = byte(at);
        return b >= low && b <= high;
    };
    const unsigned lead = byte(i);
    if (lead >= 0xC2U && lead <= 0xDFU) {
        return continuation(i + 1, 0x80U, 0xBFU) ? 2 : 0;
    }
    if (lead >= 0xE0U && lead <= 0xEFU) {
        const unsigned low = lead == 0xE0U ? 0xA0U : 0x80U;
        const unsigned high = lead == 0xEDU ? 0x9FU : 0xBFU;
        return continuation(i + 1, low, high) && continuation(i + 2, 0x80U, 0xBFU) ? 3 : 0;
    }
    if (lead >= 0xF0U && lead <= 0xF4U) {
        const unsigned low = lead == 0xF0U ? 0x90U : 0x80U;
        const unsigned high = lead == 0xF4U ? 0x8FU : 0xBFU;
        return continuation(i + 1, low, high) && continuation(i + 2, 0x80U, 0xBFU) && continuation(i + 3, 0x80U, 0xBFU)
                   ? 4
                   : 0;
    }
    return 0;
}

} // namespace annalist::core
