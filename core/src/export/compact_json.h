// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace annalist::core {

/// Appends JSON tokens to a string, compactly and byte for byte as nlohmann::json's compact dump would write
/// them (UTF-8 kept as is, invalid UTF-8 replaced by U+FFFD), without building a JSON tree first.
///
/// The tokens are gathered in a buffer of the writer's own, which is never cleared before use, and appended to
/// the string in one piece when the writer goes.
class CompactJsonWriter {
public:
    /// Wraps the string the output is appended to.
    explicit CompactJsonWriter(std::string& out) : m_out(out) {}
    ~CompactJsonWriter() {
        if (m_size > 0) {
            m_out.append(m_bytes.get(), m_size);
        }
    }
    CompactJsonWriter(const CompactJsonWriter&) = delete;
    CompactJsonWriter& operator=(const CompactJsonWriter&) = delete;
    CompactJsonWriter(CompactJsonWriter&&) = delete;
    CompactJsonWriter& operator=(CompactJsonWriter&&) = delete;

    /// Makes room for `bytes` more bytes at once, for a caller that knows roughly how much it will write.
    void reserve(std::size_t bytes) { (void)room(bytes); }
    /// Appends a quoted, escaped string.
    void string(std::string_view text);
    /// Appends an unsigned integer.
    void number(std::size_t value);
    /// Appends a floating-point number in nlohmann::json's shortest form ("0.9", "1.0").
    void number(double value);
    /// Appends `"key":` for a member name of plain ASCII letters, digits and underscores, which needs no escaping.
    void key(std::string_view name);
    /// Appends punctuation or any other text that needs no escaping.
    void raw(std::string_view text) {
        std::memcpy(room(text.size()), text.data(), text.size());
        m_size += text.size();
    }

private:
    /// Where the next byte goes, with at least `bytes` bytes of room after it.
    char* room(std::size_t bytes) {
        if (m_capacity - m_size < bytes) {
            grow(bytes);
        }
        return m_bytes.get() + m_size;
    }
    void grow(std::size_t bytes);

    std::string& m_out;
    std::unique_ptr<char[]> m_bytes;
    std::size_t m_capacity = 0;
    std::size_t m_size = 0; ///< the bytes of m_bytes written so far
};

} // namespace annalist::core
