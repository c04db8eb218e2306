// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/compact_json.h"

#include "text/json_bytes.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstdint>

namespace annalist::core {

namespace {

// The longest form of a byte in a JSON string: a control character written as \u00XX.
constexpr std::size_t kMaxEscapedBytes = 6;
// The longest unsigned 64-bit number.
constexpr std::size_t kMaxDigits = 20;
// The smallest buffer worth allocating: a record with a few entities.
constexpr std::size_t kMinBuffer = 1024;
// Room for nlohmann::json's longest double ("-1.7976931348623157e+308" and the like).
constexpr std::size_t kMaxDoubleBytes = 32;

/// The two digits of each number below 100.
constexpr std::array<char, 200> kDigitPairs = [] {
    std::array<char, 200> pairs{};
    for (std::size_t n = 0; n < 100; ++n) {
        pairs[2 * n] = static_cast<char>('0' + n / 10);
        pairs[2 * n + 1] = static_cast<char>('0' + n % 10);
    }
    return pairs;
}();

/// Writes `value` in decimal at `at` (which has room for kMaxDigits) and returns the end. Offsets and sentence
/// numbers are nearly all below 10000, which are written straight from the digit pairs.
char* writeDecimal(char* at, std::size_t value) {
    constexpr std::size_t kHundred = 100;
    const auto pair = [](char* to, std::size_t below100) { std::memcpy(to, &kDigitPairs[2 * below100], 2); };
    if (value < 10) {
        *at = static_cast<char>('0' + value);
        return at + 1;
    }
    if (value < kHundred) {
        pair(at, value);
        return at + 2;
    }
    if (value < 1000) {
        *at = static_cast<char>('0' + value / kHundred);
        pair(at + 1, value % kHundred);
        return at + 3;
    }
    if (value < 10000) {
        pair(at, value / kHundred);
        pair(at + 2, value % kHundred);
        return at + 4;
    }
    return std::to_chars(at, at + kMaxDigits, value).ptr;
}

/// Writes the escape of the ASCII byte `c` that a JSON string cannot hold as it is.
char* writeEscape(char* at, unsigned char c) {
    static constexpr std::string_view kHex = "0123456789abcdef";
    *at++ = '\\';
    switch (c) {
    case '"':
    case '\\':
        *at++ = static_cast<char>(c);
        return at;
    case '\b':
        *at++ = 'b';
        return at;
    case '\t':
        *at++ = 't';
        return at;
    case '\n':
        *at++ = 'n';
        return at;
    case '\f':
        *at++ = 'f';
        return at;
    case '\r':
        *at++ = 'r';
        return at;
    default:
        *at++ = 'u';
        *at++ = '0';
        *at++ = '0';
        *at++ = kHex[c >> 4U];
        *at++ = kHex[c & 0xFU];
        return at;
    }
}

/// What a byte asks of the writer.
enum class ByteKind : std::uint8_t { Plain, Escaped, NonAscii };

constexpr std::array<ByteKind, 256> kByteKinds = [] {
    std::array<ByteKind, 256> kinds{};
    for (std::size_t c = 0; c < kinds.size(); ++c) {
        kinds[c] = c >= 0x80U                           ? ByteKind::NonAscii
                   : c < 0x20U || c == '"' || c == '\\' ? ByteKind::Escaped
                                                        : ByteKind::Plain;
    }
    return kinds;
}();

/// Copies or escapes the character at `i` to `at`, moving both past it; false when it is not well-formed UTF-8.
bool copyCharacter(std::string_view text, std::size_t& i, char*& at) {
    const auto c = static_cast<unsigned char>(text[i]);
    const ByteKind kind = kByteKinds[c];
    if (kind == ByteKind::Plain) {
        *at++ = static_cast<char>(c);
        ++i;
        return true;
    }
    if (kind == ByteKind::Escaped) {
        at = writeEscape(at, c);
        ++i;
        return true;
    }
    const std::size_t length = utf8SequenceLength(text, i);
    for (std::size_t k = 0; k < length; ++k) {
        *at++ = text[i++];
    }
    return length != 0;
}

/// Writes the escaped text to `at` (which has room for kMaxEscapedBytes per byte) and moves `at` past it, or
/// returns false when the text is not well-formed UTF-8. Eight plain ASCII bytes, the bulk of news text, are
/// tested and copied at a time.
bool writeEscaped(std::string_view text, char*& at) {
    std::size_t i = 0;
    while (i + 8 <= text.size()) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, text.data() + i, sizeof eight);
        if (!holdsJsonSpecialByte(eight, true)) {
            std::memcpy(at, &eight, sizeof eight);
            at += sizeof eight;
            i += sizeof eight;
            continue;
        }
        for (const std::size_t blockEnd = i + sizeof eight; i < blockEnd;) {
            if (!copyCharacter(text, i, at)) {
                return false;
            }
        }
    }
    while (i < text.size()) {
        if (!copyCharacter(text, i, at)) {
            return false;
        }
    }
    return true;
}

} // namespace

void CompactJsonWriter::grow(std::size_t bytes) {
    // new char[] leaves the bytes as they are: clearing them would cost as much as writing the record.
    m_capacity = std::max({m_capacity * 2, m_size + bytes, kMinBuffer});
    std::unique_ptr<char[]> larger(new char[m_capacity]);
    if (m_size > 0) {
        std::memcpy(larger.get(), m_bytes.get(), m_size);
    }
    m_bytes = std::move(larger);
}

void CompactJsonWriter::string(std::string_view text) {
    char* const start = room(text.size() * kMaxEscapedBytes + 2);
    char* at = start;
    *at++ = '"';
    if (!writeEscaped(text, at)) {
        // Damaged text is rare: nlohmann::json's own replacement rules decide it.
        raw(nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        return;
    }
    *at++ = '"';
    m_size += static_cast<std::size_t>(at - start);
}

void CompactJsonWriter::number(std::size_t value) {
    char* const start = room(kMaxDigits);
    m_size += static_cast<std::size_t>(writeDecimal(start, value) - start);
}

void CompactJsonWriter::number(double value) {
    // Confidences take a handful of values: remembering the last few spares formatting each one anew.
    struct Cached {
        std::uint64_t bits = 0;
        std::size_t length = 0; ///< 0 while the slot is unused
        std::array<char, kMaxDoubleBytes> text{};
    };
    thread_local std::array<Cached, 8> cache;
    thread_local std::size_t nextSlot = 0;
    // Compared bit for bit: -0.0 and 0.0 print differently.
    const auto bits = std::bit_cast<std::uint64_t>(value);
    const Cached* hit = nullptr;
    for (const Cached& cached : cache) {
        if (cached.bits == bits && cached.length != 0) {
            hit = &cached;
            break;
        }
    }
    if (hit == nullptr) {
        const std::string text = nlohmann::json(value).dump();
        if (text.size() > kMaxDoubleBytes) {
            raw(text);
            return;
        }
        Cached& slot = cache[nextSlot];
        nextSlot = (nextSlot + 1) % cache.size();
        slot.bits = bits;
        slot.length = text.size();
        std::memcpy(slot.text.data(), text.data(), text.size());
        hit = &slot;
    }
    // The whole slot is copied, a fixed size the compiler writes as a few moves; only its text counts.
    std::memcpy(room(kMaxDoubleBytes), hit->text.data(), kMaxDoubleBytes);
    m_size += hit->length;
}

void CompactJsonWriter::key(std::string_view name) {
    char* at = room(name.size() + 3);
    *at++ = '"';
    std::memcpy(at, name.data(), name.size());
    at += name.size();
    *at++ = '"';
    *at = ':';
    m_size += name.size() + 3;
}

} // namespace annalist::core
