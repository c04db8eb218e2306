// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>

/// The word-break classes and case shapes the word scanner (word_scanner.h) reads for each code point.
namespace annalist::core::ner::word_break {

/// Word-break classes that decide where the scanner cuts (Unicode UAX #29); Unsupported sends the text to ICU.
enum class Cls : std::uint8_t {
    Other,
    Letter,
    Numeric,
    MidLetter,
    MidNumLet,
    MidNum,
    ExtendNumLet,
    Space,
    CR,
    Break,
    Unsupported
};

// Below this code point the classes come from a table; everything above is Unsupported.
constexpr char32_t kTableEnd = 0x2C00;

/// Word-break class and case shape of one code point, looked up once from ICU's properties.
struct CodePointInfo {
    Cls cls = Cls::Unsupported;
    bool space = false;      ///< u_isUWhiteSpace
    bool alpha = false;      ///< u_isalpha
    bool upper = false;      ///< u_isupper
    bool capital = false;    ///< u_isupper or u_istitle
    bool digit = false;      ///< u_isdigit
    bool apostrophe = false; ///< ', ’ or ʼ: an elision or a possessive may split the word there
};

/// Every supported code point's class and shape, looked up from ICU a block of 256 code points at a time, the first
/// time a text holds one of them: a text touches a few of the 44 blocks, and ASCII's block is read at once.
class InfoTable {
public:
    InfoTable();

    /// A code point's info; its block must be ready (ASCII's always is).
    [[nodiscard]] const CodePointInfo& operator[](char32_t c) const { return m_info[c]; }

    /// A code point below kTableEnd's info, its block read first when no text has needed it yet.
    [[nodiscard]] const CodePointInfo& at(char32_t c) const {
        const std::size_t block = c / kBlockSize;
        if (!m_ready[block].load(std::memory_order_acquire)) {
            std::call_once(m_filled[block], [this, block] { fill(block); });
        }
        return m_info[c];
    }

private:
    static constexpr std::size_t kBlockSize = 256;
    static constexpr std::size_t kBlocks = kTableEnd / kBlockSize;

    /// Looks up a block's code points from ICU and marks it ready.
    void fill(std::size_t block) const;

    mutable std::array<CodePointInfo, kTableEnd> m_info{};
    mutable std::array<std::once_flag, kBlocks> m_filled;
    mutable std::array<std::atomic<bool>, kBlocks> m_ready{};
};

static_assert(kTableEnd % 256 == 0, "the table holds whole blocks");

/// The process's table, shared by every thread.
[[nodiscard]] const InfoTable& infoTable();

} // namespace annalist::core::ner::word_break
