// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/token_rules.h"

#include "annalist/core/text/unicode.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
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
std::size_t elisionEnd(std::string_view text) {
    const auto [at, length] = firstApostrophe(text);
    if (at == std::string_view::npos || at == 0 || at + length >= text.size()) {
        return std::string::npos;
    }
    return isElidedPrefix(foldForMatching(text.substr(0, at))) ? at + length : std::string::npos;
}

/// Byte position where an English possessive "'s" or "’s" starts ("Ukraine's"), or npos.
std::size_t possessiveStart(std::string_view text) {
    for (std::string_view mark : {std::string_view("'s"), std::string_view("\u2019s")}) {
        if (text.size() > mark.size() + 1 && text.substr(text.size() - mark.size()) == mark) {
            return text.size() - mark.size();
        }
    }
    return std::string::npos;
}

} // namespace

bool opensQuotation(std::string_view text) {
    return text == "\u201C" || text == "\u00AB" || text == "\u2018" || text == "\u201E" || text == "\"";
}

void setShape(TokenSpan& token, std::string_view text) {
    int letters = 0;
    int upper = 0;
    token.capitalized = false;
    token.apostrophe = false;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = bytes[i];
        if (c < 0x80) {
            // ASCII without ICU: its letters are A-Z and a-z, its capitals A-Z.
            ++i;
            const bool upperCase = c >= 'A' && c <= 'Z';
            token.apostrophe = token.apostrophe || c == '\'';
            if (upperCase || (c >= 'a' && c <= 'z')) {
                token.capitalized = letters == 0 ? upperCase : token.capitalized;
                ++letters;
                upper += upperCase ? 1 : 0;
            }
            continue;
        }
        U8_NEXT(bytes, i, length, c); // a damaged sequence reads as a negative value, which is no letter
        token.apostrophe = token.apostrophe || c == '\'' || c == 0x2019 || c == 0x02BC;
        if (c >= 0 && u_isalpha(c)) {
            if (letters == 0) {
                token.capitalized = u_isupper(c) || u_istitle(c);
            }
            ++letters;
            upper += u_isupper(c) ? 1 : 0;
        }
    }
    token.allCaps = letters >= 2 && upper == letters;
}

bool isAbbreviationDot(const Token& token) {
    return !token.spaceBefore && token.text.size() == 1 && token.text.front() == '.';
}

namespace {

/// "Leeds-based", "Republican-led", "Saudi-backed": an English participle after a hyphen makes the capitalised word
/// before it an adjective that names nothing, so the compound is no name word.
bool isAdjectivalTail(std::string_view word) {
    static constexpr std::string_view kTails[] = {
        "based",    "led",      "backed",     "owned",   "run",      "controlled", "funded",    "linked",
        "allied",   "aligned",  "affiliated", "held",    "occupied", "registered", "listed",    "headquartered",
        "born",     "bred",     "made",       "bound",   "style",    "dominated",  "sponsored", "supported",
        "brokered", "inspired", "speaking",   "focused", "related",  "friendly",   "skeptic",   "sceptic"};
    return std::find(std::begin(kTails), std::end(kTails), word) != std::end(kTails);
}

} // namespace

std::vector<TokenSpan> joinHyphenated(std::vector<TokenSpan> tokens, std::string_view utf8) {
    // Compacts in place: `kept` tokens are final, and a join only ever reads tokens at or after `i`.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        // The token's own fields are tested before its neighbours' and its text: most tokens are words.
        const bool joins = tokens[i].kind == TokenKind::Punctuation && !tokens[i].spaceBefore && kept > 0 &&
                           tokens[kept - 1].isWord() && isHyphen(tokens[i].textIn(utf8)) && i + 1 < tokens.size() &&
                           tokens[i + 1].isWord() && !tokens[i + 1].spaceBefore;
        if (!joins) {
            tokens[kept] = tokens[i];
            ++kept;
            continue;
        }
        TokenSpan& head = tokens[kept - 1];
        head.capitalized = head.capitalized || (isArabicArticle(head.textIn(utf8)) && tokens[i + 1].capitalized);
        head.end = tokens[i + 1].end;
        head.byteEnd = tokens[i + 1].byteEnd;
        head.allCaps = head.allCaps && tokens[i + 1].allCaps;
        head.apostrophe = head.apostrophe || tokens[i + 1].apostrophe;
        if (isAdjectivalTail(tokens[i + 1].textIn(utf8))) {
            head.capitalized = false;
            head.allCaps = false;
        }
        ++i;
    }
    tokens.resize(kept);
    return tokens;
}

std::size_t splitPoint(const TokenSpan& token, std::string_view utf8) {
    if (!token.isWord() || !token.apostrophe) {
        return std::string::npos;
    }
    const std::string_view text = token.textIn(utf8);
    const std::size_t possessive = possessiveStart(text);
    return possessive != std::string::npos ? possessive : elisionEnd(text);
}

void splitInto(const TokenSpan& token, std::size_t cut, std::string_view utf8, TokenSpan& prefix, TokenSpan& word) {
    const std::size_t headLength = codePointCount(token.textIn(utf8).substr(0, cut));
    prefix = token;
    prefix.end = token.start + headLength;
    prefix.byteEnd = token.byteStart + cut;
    word = token;
    word.start = prefix.end;
    word.byteStart = prefix.byteEnd;
    word.spaceBefore = false;
    setShape(prefix, prefix.textIn(utf8));
    setShape(word, word.textIn(utf8));
}

} // namespace annalist::core::ner
