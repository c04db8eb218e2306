// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/token_rules.h"

#include "annalist/core/text/unicode.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <string>

namespace annalist::core::ner {

namespace {

/// "al-Maliki", "el-Sisi": a lowercase Arabic article joined to a capitalised name makes a name word.
bool isArabicArticle(std::string_view text) {
    constexpr std::array<std::string_view, 8> kArticles{"al", "el", "ad", "as", "ash", "at", "az", "ar"};
    return std::find(kArticles.begin(), kArticles.end(), text) != kArticles.end();
}

bool isHyphen(std::string_view text) {
    return text == "-" || text == "\u2010" || text == "\u2011";
}

/// Elided forms in Italian and French that attach to the next word with an apostrophe.
bool isElidedPrefix(std::string_view folded) {
    static constexpr std::array<std::string_view, 32> kPrefixes{
        "l",      "d",    "dell", "dall", "nell", "sull", "all",    "coll",    "un",  "quell",  "quest",
        "bell",   "sant", "c",    "s",    "n",    "m",    "t",      "j",       "qu",  "lorsqu", "jusqu",
        "puisqu", "tutt", "po",   "mezz", "cent", "senz", "nessun", "ciascun", "ogn", "com"};
    for (std::string_view prefix : kPrefixes) {
        if (folded == prefix) {
            return true;
        }
    }
    return false;
}

/// Byte position of the first apostrophe (', ’ or ʼ) in a text and its length in bytes, or npos.
std::pair<std::size_t, std::size_t> firstApostrophe(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\'') {
            return {i, 1};
        }
        if (byte == 0xE2U && text.substr(i, 3) == "\u2019") {
            return {i, 3};
        }
        if (byte == 0xCAU && text.substr(i, 2) == "\u02BC") {
            return {i, 2};
        }
    }
    return {std::string_view::npos, 0};
}

/// Byte position just after the apostrophe of an elision, or npos.
std::size_t elisionEnd(const std::string& text) {
    const auto [at, length] = firstApostrophe(text);
    if (at == std::string_view::npos || at == 0 || at + length >= text.size()) {
        return std::string::npos;
    }
    return isElidedPrefix(foldForMatching(std::string_view(text).substr(0, at))) ? at + length : std::string::npos;
}

Token tokenFromText(const Token& source, std::string text, std::size_t start, std::size_t end, std::size_t byteStart) {
    Token token = source;
    token.byteStart = byteStart;
    token.byteEnd = byteStart + text.size();
    token.text = std::move(text);
    token.start = start;
    token.end = end;
    return token;
}

} // namespace

bool opensQuotation(std::string_view text) {
    return text == "\u201C" || text == "\u00AB" || text == "\u2018" || text == "\u201E" || text == "\"";
}

void setShape(Token& token) {
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(token.text);
    int letters = 0;
    int upper = 0;
    token.capitalized = false;
    for (int32_t i = 0; i < text.length();) {
        const UChar32 c = text.char32At(i);
        if (u_isalpha(c)) {
            if (letters == 0) {
                token.capitalized = u_isupper(c) || u_istitle(c);
            }
            ++letters;
            upper += u_isupper(c) ? 1 : 0;
        }
        i += U16_LENGTH(c);
    }
    token.allCaps = letters >= 2 && upper == letters;
}

bool isAbbreviationDot(const Token& token) {
    return token.text == "." && !token.spaceBefore;
}

std::vector<Token> joinHyphenated(std::vector<Token> tokens) {
    // Compacts in place: `kept` tokens are final, and a join only ever reads tokens at or after `i`.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const bool joins = kept > 0 && tokens[kept - 1].isWord() && isHyphen(tokens[i].text) &&
                           !tokens[i].spaceBefore && i + 1 < tokens.size() && tokens[i + 1].isWord() &&
                           !tokens[i + 1].spaceBefore;
        if (!joins) {
            if (kept != i) {
                tokens[kept] = std::move(tokens[i]);
            }
            ++kept;
            continue;
        }
        Token& head = tokens[kept - 1];
        head.capitalized = head.capitalized || (isArabicArticle(head.text) && tokens[i + 1].capitalized);
        head.text += tokens[i].text;
        head.text += tokens[i + 1].text;
        head.end = tokens[i + 1].end;
        head.byteEnd = tokens[i + 1].byteEnd;
        head.allCaps = head.allCaps && tokens[i + 1].allCaps;
        ++i;
    }
    tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(kept), tokens.end());
    return tokens;
}

/// Byte position where an English possessive "'s" or "’s" starts ("Ukraine's"), or npos.
std::size_t possessiveStart(const std::string& text) {
    for (std::string_view mark : {std::string_view("'s"), std::string_view("\u2019s")}) {
        if (text.size() > mark.size() + 1 && text.compare(text.size() - mark.size(), mark.size(), mark) == 0) {
            return text.size() - mark.size();
        }
    }
    return std::string::npos;
}

namespace {

/// Byte position where a word splits into an elided prefix and a word, or into a word and a possessive, or npos.
std::size_t splitPoint(const Token& token) {
    if (!token.isWord()) {
        return std::string::npos;
    }
    const std::size_t possessive = possessiveStart(token.text);
    return possessive != std::string::npos ? possessive : elisionEnd(token.text);
}

/// Appends the two tokens a word splits into at byte `cut`.
void appendSplit(std::vector<Token>& out, const Token& token, std::size_t cut) {
    std::string head = token.text.substr(0, cut);
    const std::size_t headLength = codePointCount(head);
    Token prefix = tokenFromText(token, std::move(head), token.start, token.start + headLength, token.byteStart);
    Token word =
        tokenFromText(token, token.text.substr(cut), token.start + headLength, token.end, token.byteStart + cut);
    word.spaceBefore = false;
    setShape(prefix);
    setShape(word);
    out.push_back(std::move(prefix));
    out.push_back(std::move(word));
}

} // namespace

std::vector<Token> splitElisions(std::vector<Token> tokens) {
    std::vector<std::size_t> cuts(tokens.size());
    std::size_t splits = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        cuts[i] = splitPoint(tokens[i]);
        splits += cuts[i] != std::string::npos ? 1 : 0;
    }
    if (splits == 0) {
        return tokens;
    }
    std::vector<Token> out;
    out.reserve(tokens.size() + splits);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (cuts[i] == std::string::npos) {
            out.push_back(std::move(tokens[i]));
        } else {
            appendSplit(out, tokens[i], cuts[i]);
        }
    }
    return out;
}

} // namespace annalist::core::ner
