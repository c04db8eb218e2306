// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace annalist::core {

/// Offset of the first byte at or after `from` that a JSON string cannot hold as it is: a quote, a backslash, a
/// control character, and also any byte of 0x80 or more when `stopAtNonAscii` is set (so that the caller can
/// check the UTF-8 there). Eight bytes are tested at a time; the text's size when there is none.
[[nodiscard]] inline std::size_t nextJsonSpecialByte(std::string_view text, std::size_t from, bool stopAtNonAscii) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    const auto hasZeroByte = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
    std::size_t at = from;
    for (; at + 8 <= text.size(); at += 8) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, text.data() + at, sizeof eight);
        // A byte below 0x20 borrows; a lower byte's borrow can only flag a block that holds a special byte anyway.
        const std::uint64_t control = (eight - kOnes * 0x20U) & ~eight & kHighs;
        const std::uint64_t quote = hasZeroByte(eight ^ (kOnes * '"'));
        const std::uint64_t backslash = hasZeroByte(eight ^ (kOnes * '\\'));
        const std::uint64_t high = stopAtNonAscii ? eight & kHighs : 0;
        if ((control | quote | backslash | high) != 0) {
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

} // namespace annalist::core
