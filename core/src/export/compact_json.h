// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace annalist::core {

/// Appends JSON tokens to a string, compactly and byte for byte as nlohmann::json's compact dump would write
/// them (UTF-8 kept as is, invalid UTF-8 replaced by U+FFFD), without building a JSON tree first.
class CompactJsonWriter {
public:
    /// Wraps the string the output is appended to.
    explicit CompactJsonWriter(std::string& out) : m_out(out) {}

    /// Appends a quoted, escaped string.
    void string(std::string_view text);
    /// Appends an unsigned integer.
    void number(std::size_t value);
    /// Appends a floating-point number in nlohmann::json's shortest form ("0.9", "1.0").
    void number(double value);
    /// Appends `"key":` for a member name of plain ASCII letters, digits and underscores, which needs no escaping.
    void key(std::string_view name);
    /// Appends punctuation or any other text that needs no escaping.
    void raw(std::string_view text) { m_out += text; }

private:
    std::string& m_out;
};

} // namespace annalist::core
