// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/markdown_text.h"

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace annalist::core {
namespace {

constexpr std::string_view kLineSeparator = "\u2028";
constexpr std::string_view kParagraphSeparator = "\u2029";

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Runs of white space (line breaks included) become one space, so a sentence never breaks out of
// its block quote or heading.
std::string collapseWhiteSpace(std::string_view text) {
    std::string out;
    bool pendingSpace = false;
    for (const char c : text) {
        if (isSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
        }
        out += c;
    }
    return out;
}

std::string yamlEscape(char c) {
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\n':
        return "\\n";
    case '\t':
        return "\\t";
    case '\r':
        return "\\r";
    default:
        break;
    }
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(static_cast<unsigned char>(c)));
    return buffer;
}

// A line starting with "-", "+" or "12." would turn the quote into a list.
std::string escapeLeadingBlockMarker(std::string text) {
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        return "\\" + text;
    }
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') {
        ++digits;
    }
    if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
        text.insert(digits, "\\");
    }
    return text;
}

} // namespace

std::string yamlQuoted(std::string_view value) {
    std::string out = "\"";
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto byte = static_cast<unsigned char>(value[i]);
        // YAML treats U+2028 and U+2029 as line breaks, so they are escaped like '\n'.
        if (value.substr(i, 3) == kLineSeparator || value.substr(i, 3) == kParagraphSeparator) {
            out += value.substr(i, 3) == kLineSeparator ? "\\L" : "\\P";
            i += 2;
        } else if (byte < 0x20 || byte == 0x7f || value[i] == '"' || value[i] == '\\') {
            out += yamlEscape(value[i]);
        } else {
            out += value[i];
        }
    }
    return out + "\"";
}

std::string escapeMarkdownInline(std::string_view text) {
    static constexpr std::string_view kSpecial = "\\`*_[]<>#|~";
    std::string out;
    for (const char c : collapseWhiteSpace(text)) {
        if (kSpecial.find(c) != std::string_view::npos) {
            out += '\\';
        }
        out += c;
    }
    return out;
}

std::string markdownBlockQuote(std::string_view text) {
    const std::string escaped = escapeLeadingBlockMarker(escapeMarkdownInline(text));
    return escaped.empty() ? std::string() : "> " + escaped;
}

std::string wikiLinkTarget(std::string_view name) {
    std::string cleaned(name);
    for (char& c : cleaned) {
        if (c == '[' || c == ']' || c == '|' || c == '#' || c == '^') {
            c = ' ';
        }
    }
    std::string target = collapseWhiteSpace(cleaned);
    return target.empty() ? std::string("Unnamed") : target;
}

} // namespace annalist::core
