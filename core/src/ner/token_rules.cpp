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

/// Byte position just after the apostrophe of an elision, or npos.
std::size_t elisionEnd(const std::string& text) {
    for (std::string_view mark : {std::string_view("\u2019"), std::string_view("'"), std::string_view("\u02BC")}) {
        const std::size_t at = text.find(mark);
        if (at != std::string::npos && at > 0 && at + mark.size() < text.size()) {
            return isElidedPrefix(foldForMatching(text.substr(0, at))) ? at + mark.size() : std::string::npos;
        }
    }
    return std::string::npos;
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

std::vector<Token> splitElisions(std::vector<Token> tokens) {
    std::vector<Token> out;
    out.reserve(tokens.size() + tokens.size() / 8);
    for (Token& token : tokens) {
        const std::size_t possessive = token.isWord() ? possessiveStart(token.text) : std::string::npos;
        const std::size_t cut = token.isWord() ? (possessive != std::string::npos ? possessive : elisionEnd(token.text))
                                               : std::string::npos;
        if (cut == std::string::npos) {
            out.push_back(std::move(token));
            continue;
        }
        const std::string head = token.text.substr(0, cut);
        const std::size_t headLength = codePointCount(head);
        Token prefix = tokenFromText(token, head, token.start, token.start + headLength, token.byteStart);
        Token word =
            tokenFromText(token, token.text.substr(cut), token.start + headLength, token.end, token.byteStart + cut);
        word.spaceBefore = false;
        setShape(prefix);
        setShape(word);
        out.push_back(std::move(prefix));
        out.push_back(std::move(word));
    }
    return out;
}

} // namespace annalist::core::ner
