// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::core {

/// True when the bytes are well-formed UTF-8.
[[nodiscard]] bool isValidUtf8(std::string_view bytes);

/// Number of Unicode code points in a well-formed UTF-8 string.
[[nodiscard]] std::size_t codePointCount(std::string_view utf8);

/// Unicode NFC normalisation of a well-formed UTF-8 string.
[[nodiscard]] std::string toNfc(std::string_view utf8);

/// Lowercased, accent-free form used for matching ("Città" → "citta", "L’Aia" → "l'aia").
[[nodiscard]] std::string foldForMatching(std::string_view utf8);

/// foldForMatching() into an existing string, whose buffer it reuses.
void foldForMatching(std::string_view utf8, std::string& folded);

/// Maps UTF-8 byte offsets of one string to code point offsets and back, in O(1) after construction.
class CodePointIndex {
public:
    explicit CodePointIndex(std::string_view utf8);

    /// Code point offset of the character starting at a byte offset (or of the end).
    [[nodiscard]] std::size_t toCodePoint(std::size_t byteOffset) const;
    /// Byte offset of a code point offset (or of the end).
    [[nodiscard]] std::size_t toByte(std::size_t codePointOffset) const;
    /// Number of code points.
    [[nodiscard]] std::size_t size() const { return m_byteOfCodePoint.size() - 1; }

private:
    std::vector<std::size_t> m_byteOfCodePoint; ///< size()+1 entries, last is the byte length
    std::vector<std::size_t> m_codePointOfByte; ///< byte length+1 entries
};

/// The substring of a UTF-8 string between two code point offsets.
[[nodiscard]] std::string substrCodePoints(std::string_view utf8, std::size_t start, std::size_t end);

} // namespace annalist::core
