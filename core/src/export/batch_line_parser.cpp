// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/batch_line_parser.h"

#include "text/json_bytes.h"

#include <cstddef>
#include <string>

namespace annalist::core {

namespace {

constexpr std::size_t kMaxIdDigits = 18; // stays within a 64-bit integer, as nlohmann::json reads it

/// A cursor over the line; every reader returns false when the line leaves the simple shape.
class Reader {
public:
    explicit Reader(std::string_view line) : m_line(line) {}

    void skipSpace() {
        while (m_at < m_line.size() &&
               (m_line[m_at] == ' ' || m_line[m_at] == '\t' || m_line[m_at] == '\n' || m_line[m_at] == '\r')) {
            ++m_at;
        }
    }
    bool take(char c) {
        skipSpace();
        if (m_at < m_line.size() && m_line[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    [[nodiscard]] char peek() {
        skipSpace();
        return m_at < m_line.size() ? m_line[m_at] : '\0';
    }
    [[nodiscard]] bool atEnd() {
        skipSpace();
        return m_at == m_line.size();
    }
    bool string(std::string& out);
    bool integer(std::string& out);
    bool null() {
        if (m_line.substr(m_at, 4) != "null") {
            return false;
        }
        m_at += 4;
        return true;
    }

private:
    std::string_view m_line;
    std::size_t m_at = 0;
};

char unescaped(char c) {
    switch (c) {
    case '"':
        return '"';
    case '\\':
        return '\\';
    case '/':
        return '/';
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    default:
        return '\0'; // \u escapes and invalid ones are left to the full parser
    }
}

bool Reader::string(std::string& out) {
    if (!take('"')) {
        return false;
    }
    out.clear();
    // One pass reads and checks: the UTF-8 sequences are checked where the scan stops at them, and plain runs
    // are copied whole when an escape or the closing quote ends them.
    std::size_t plain = m_at;
    while ((m_at = nextJsonSpecialByte(m_line, m_at, true)) < m_line.size()) {
        const auto c = static_cast<unsigned char>(m_line[m_at]);
        if (c >= 0x80U) {
            const std::size_t length = utf8SequenceLength(m_line, m_at);
            if (length == 0) {
                return false; // damaged UTF-8: the full parser decides
            }
            m_at += length;
            continue;
        }
        if (c != '"' && c != '\\') {
            return false; // a raw control character: an error the full parser reports
        }
        if (c == '\\' && out.empty()) {
            // The rest of the line bounds the string: one allocation for a text of many paragraphs.
            out.reserve(m_line.size() - plain);
        }
        out.append(m_line.substr(plain, m_at - plain));
        if (c == '"') {
            ++m_at;
            return true;
        }
        const char escaped = m_at + 1 < m_line.size() ? unescaped(m_line[m_at + 1]) : '\0';
        if (escaped == '\0') {
            return false;
        }
        out += escaped;
        m_at += 2;
        plain = m_at;
    }
    return false;
}

bool Reader::integer(std::string& out) {
    const std::size_t start = m_at;
    while (m_at < m_line.size() && m_line[m_at] >= '0' && m_line[m_at] <= '9') {
        ++m_at;
    }
    const std::size_t digits = m_at - start;
    const bool followedByNumberPart =
        m_at < m_line.size() && (m_line[m_at] == '.' || m_line[m_at] == 'e' || m_line[m_at] == 'E');
    if (digits == 0 || digits > kMaxIdDigits || followedByNumberPart || (digits > 1 && m_line[start] == '0')) {
        return false;
    }
    out.assign(m_line.substr(start, digits));
    return true;
}

/// Reads one member's value into `value`; `isNull` tells a null apart from a string.
bool readValue(Reader& reader, std::string& value, bool& isNull, bool& isString) {
    const char next = reader.peek();
    isNull = false;
    isString = next == '"';
    if (isString) {
        return reader.string(value);
    }
    if (next == 'n') {
        isNull = true;
        return reader.null();
    }
    return reader.integer(value);
}

} // namespace

std::optional<BatchInput> parseSimpleBatchLine(std::string_view line) {
    Reader reader(line);
    if (!reader.take('{')) {
        return std::nullopt;
    }
    BatchInput input;
    bool seenId = false;
    bool seenText = false;
    bool seenLanguage = false;
    std::string key;
    std::string other;
    for (bool first = true; !reader.take('}'); first = false) {
        if ((!first && !reader.take(',')) || !reader.string(key) || !reader.take(':')) {
            return std::nullopt;
        }
        const bool isId = key == "id";
        const bool isText = key == "text";
        const bool isLanguage = key == "language";
        bool& seen = isId ? seenId : isText ? seenText : seenLanguage;
        if ((isId || isText || isLanguage) && seen) {
            return std::nullopt; // a repeated key: the full parser's rule decides which one counts
        }
        std::string& value = isId ? input.id : isText ? input.text : isLanguage ? input.language : other;
        bool isNull = false;
        bool isString = false;
        if (!readValue(reader, value, isNull, isString) || (isText && !isString) || (isId && isNull) ||
            (isLanguage && !isString && !isNull) || (!isId && !isText && !isLanguage && !isString)) {
            return std::nullopt;
        }
        if (isId || isText || isLanguage) {
            seen = true;
        }
    }
    if (!reader.atEnd() || !seenId || !seenText) {
        return std::nullopt;
    }
    return input;
}

} // namespace annalist::core
