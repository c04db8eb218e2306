// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/compact_json.h"

#include "text/json_bytes.h"

#include <nlohmann/json.hpp>

#include <array>
#include <bit>
#include <charconv>
#include <cstdint>

namespace annalist::core {

namespace {

/// Length of the well-formed UTF-8 sequence at `i` (1 to 4), or 0 when it is not well formed (overlong,
/// surrogate, beyond U+10FFFF or truncated): the same sequences nlohmann::json's decoder accepts.
std::size_t sequenceLength(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t at) { return at < text.size() ? static_cast<unsigned char>(text[at]) : 0U; };
    const unsigned lead = byte(i);
    const auto continuation = [&](std::size_t at, unsigned low, unsigned high) {
        const unsigned b = byte(at);
        return b >= low && b <= high;
    };
    if (lead < 0x80U) {
        return 1;
    }
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

/// Appends the escaped text and returns true, or returns false (leaving `out` partly written) when the text
/// is not well-formed UTF-8. One pass: plain ASCII, the bulk of news text, costs a comparison per byte.
bool appendEscaped(std::string& out, std::string_view text) {
    static constexpr std::string_view kHex = "0123456789abcdef";
    std::size_t plain = 0;
    for (std::size_t i = nextJsonSpecialByte(text, 0, true); i < text.size(); i = nextJsonSpecialByte(text, i, true)) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80U) {
            const std::size_t length = sequenceLength(text, i);
            if (length == 0) {
                return false;
            }
            i += length;
            continue;
        }
        out.append(text.substr(plain, i - plain));
        plain = i + 1;
        ++i;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += "\\u00";
            out += kHex[c >> 4U];
            out += kHex[c & 0xFU];
        }
    }
    out.append(text.substr(plain));
    return true;
}

} // namespace

void CompactJsonWriter::string(std::string_view text) {
    const std::size_t mark = m_out.size();
    m_out += '"';
    if (!appendEscaped(m_out, text)) {
        // Damaged text is rare: nlohmann::json's own replacement rules decide it.
        m_out.resize(mark);
        m_out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    m_out += '"';
}

void CompactJsonWriter::number(std::size_t value) {
    std::array<char, 24> digits{};
    const auto result = std::to_chars(digits.data(), digits.data() + digits.size(), value);
    m_out.append(digits.data(), result.ptr);
}

void CompactJsonWriter::number(double value) {
    // Confidences take a handful of values: remembering the last few spares formatting each one anew.
    struct Cached {
        double value = 0.0;
        std::string text;
    };
    thread_local std::array<Cached, 8> cache;
    thread_local std::size_t nextSlot = 0;
    for (const Cached& cached : cache) {
        // Compared bit for bit: -0.0 and 0.0 print differently.
        if (!cached.text.empty() && std::bit_cast<std::uint64_t>(cached.value) == std::bit_cast<std::uint64_t>(value)) {
            m_out += cached.text;
            return;
        }
    }
    Cached& slot = cache[nextSlot];
    nextSlot = (nextSlot + 1) % cache.size();
    slot = {value, nlohmann::json(value).dump()};
    m_out += slot.text;
}

void CompactJsonWriter::key(std::string_view name) {
    m_out += '"';
    m_out += name;
    m_out += "\":";
}

} // namespace annalist::core
