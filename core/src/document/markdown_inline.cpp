// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/markdown_inline.h"

#include <optional>

namespace annalist::core::detail {

namespace {

bool isAsciiPunct(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n';
}

/// Letters and digits, counting every non-ASCII byte as a letter (intra-word '_' must not emphasise).
bool isWordChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::size_t runLength(std::string_view text, std::size_t pos) {
    std::size_t end = pos;
    while (end < text.size() && text[end] == text[pos]) {
        ++end;
    }
    return end - pos;
}

/// Index of the bracket closing the one at `open`, honouring nesting and escapes.
std::optional<std::size_t> findClosing(std::string_view text, std::size_t open, char openChar, char closeChar) {
    int depth = 0;
    for (std::size_t i = open; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
        } else if (text[i] == openChar) {
            ++depth;
        } else if (text[i] == closeChar && --depth == 0) {
            return i;
        }
    }
    return std::nullopt;
}

class InlineReducer {
public:
    explicit InlineReducer(std::string_view text) : m_text(text) {}

    std::string run() {
        while (m_pos < m_text.size()) {
            step();
        }
        return std::move(m_out);
    }

private:
    void step() {
        const char c = m_text[m_pos];
        const bool handled = (c == '\\' && escape()) || (c == '`' && codeSpan()) ||
                             (c == '!' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '[' && link(m_pos + 1)) ||
                             (c == '[' && link(m_pos)) || (c == '<' && angle()) ||
                             ((c == '*' || c == '_' || c == '~') && emphasis());
        if (!handled) {
            const std::size_t length = (c == '*' || c == '_' || c == '~' || c == '`') ? runLength(m_text, m_pos) : 1;
            m_out.append(m_text.substr(m_pos, length));
            m_pos += length;
        }
    }

    bool escape() {
        if (m_pos + 1 >= m_text.size() || !isAsciiPunct(m_text[m_pos + 1])) {
            return false;
        }
        m_out += m_text[m_pos + 1];
        m_pos += 2;
        return true;
    }

    bool codeSpan() {
        const std::size_t ticks = runLength(m_text, m_pos);
        for (std::size_t close = m_text.find('`', m_pos + ticks); close != std::string_view::npos;) {
            const std::size_t length = runLength(m_text, close);
            if (length == ticks) {
                std::string_view code = m_text.substr(m_pos + ticks, close - m_pos - ticks);
                if (code.size() > 1 && code.front() == ' ' && code.back() == ' ') {
                    code = code.substr(1, code.size() - 2);
                }
                m_out.append(code);
                m_pos = close + ticks;
                return true;
            }
            close = m_text.find('`', close + length);
        }
        return false;
    }

    /// `[label](target)`, `[label][ref]` and images, from the '[' at `open`.
    bool link(std::size_t open) {
        const auto close = findClosing(m_text, open, '[', ']');
        if (!close || *close + 1 >= m_text.size()) {
            return false;
        }
        const char next = m_text[*close + 1];
        if (next != '(' && next != '[') {
            return false;
        }
        const auto targetEnd = findClosing(m_text, *close + 1, next, next == '(' ? ')' : ']');
        if (!targetEnd) {
            return false;
        }
        m_out += InlineReducer(m_text.substr(open + 1, *close - open - 1)).run();
        m_pos = *targetEnd + 1;
        return true;
    }

    /// Autolinks keep their address; inline HTML tags are dropped.
    bool angle() {
        const std::size_t close = m_text.find('>', m_pos);
        if (close == std::string_view::npos) {
            return false;
        }
        const std::string_view inner = m_text.substr(m_pos + 1, close - m_pos - 1);
        if (isAutolink(inner)) {
            m_out.append(inner);
        } else if (!isHtmlTag(inner)) {
            return false;
        }
        m_pos = close + 1;
        return true;
    }

    static bool isAutolink(std::string_view inner) {
        return !inner.empty() && inner.find_first_of(" \t\n<") == std::string_view::npos &&
               (inner.find("://") != std::string_view::npos || inner.starts_with("mailto:") ||
                (inner.find('@') != std::string_view::npos && inner.find('/') == std::string_view::npos));
    }

    static bool isHtmlTag(std::string_view inner) {
        if (inner.starts_with('/')) {
            inner.remove_prefix(1);
        }
        const auto isNameChar = [](char c) { return isWordChar(c) && static_cast<unsigned char>(c) < 0x80; };
        std::size_t nameEnd = 0;
        while (nameEnd < inner.size() && (isNameChar(inner[nameEnd]) || inner[nameEnd] == '-')) {
            ++nameEnd;
        }
        const bool startsWithLetter = !inner.empty() && ((inner[0] | 0x20) >= 'a' && (inner[0] | 0x20) <= 'z');
        return startsWithLetter && inner.find('<') == std::string_view::npos &&
               (nameEnd == inner.size() || inner[nameEnd] == ' ' || inner[nameEnd] == '/');
    }

    bool emphasis() {
        const char mark = m_text[m_pos];
        const std::size_t length = runLength(m_text, m_pos);
        const std::size_t innerStart = m_pos + length;
        if ((mark == '~' && length != 2) || length > 3 || innerStart >= m_text.size() || isSpace(m_text[innerStart]) ||
            (mark == '_' && m_pos > 0 && isWordChar(m_text[m_pos - 1]))) {
            return false;
        }
        const auto close = findClosingRun(mark, length, innerStart);
        if (!close) {
            return false;
        }
        m_out += InlineReducer(m_text.substr(innerStart, *close - innerStart)).run();
        m_pos = *close + length;
        return true;
    }

    /// A run of exactly `length` marks that can close: not after a space, and for '_' not before a letter.
    std::optional<std::size_t> findClosingRun(char mark, std::size_t length, std::size_t from) const {
        for (std::size_t i = m_text.find(mark, from + 1); i != std::string_view::npos;) {
            const std::size_t run = runLength(m_text, i);
            const std::size_t after = i + run;
            const bool closes = run == length && !isSpace(m_text[i - 1]) &&
                                (mark != '_' || after >= m_text.size() || !isWordChar(m_text[after]));
            if (closes) {
                return i;
            }
            i = m_text.find(mark, after);
        }
        return std::nullopt;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::string m_out;
};

} // namespace

std::string reduceMarkdownInline(std::string_view text) {
    return InlineReducer(text).run();
}

} // namespace annalist::core::detail
