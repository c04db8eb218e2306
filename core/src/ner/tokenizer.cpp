// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/tokenizer.h"

#include "annalist/core/text/unicode.h"
#include "ner/break_iterators.h"
#include "ner/sentence_scanner.h"
#include "ner/token_rules.h"
#include "ner/word_scanner.h"
#include "text/utf8_decode.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>
#include <memory>
#include <optional>

namespace annalist::core::ner {

namespace {

/// Walks UTF-16 offsets forward while counting code points and UTF-8 bytes, so that segment bounds
/// convert in O(n) over the whole text.
class OffsetCounter {
public:
    explicit OffsetCounter(const icu::UnicodeString& text) : m_text(text) {}

    /// Moves to a UTF-16 offset at or after the current one.
    void advanceTo(int32_t utf16Offset) {
        while (m_utf16 < utf16Offset) {
            const UChar32 c = m_text.char32At(m_utf16);
            m_utf16 += U16_LENGTH(c);
            m_bytes += static_cast<std::size_t>(U8_LENGTH(c));
            ++m_codePoints;
        }
    }
    [[nodiscard]] std::size_t codePoints() const { return m_codePoints; }
    [[nodiscard]] std::size_t bytes() const { return m_bytes; }

private:
    const icu::UnicodeString& m_text;
    int32_t m_utf16 = 0;
    std::size_t m_codePoints = 0;
    std::size_t m_bytes = 0;
};

/// What one pass over a segment tells: white space only, or a word, number or punctuation with its case shape.
struct SegmentShape {
    bool space = true;
    TokenKind kind = TokenKind::Punctuation;
    bool capitalized = false;
    bool allCaps = false;
    bool apostrophe = false;
};

SegmentShape shapeOf(const icu::UnicodeString& segment) {
    SegmentShape shape;
    int letters = 0;
    int upper = 0;
    bool digit = false;
    for (int32_t i = 0; i < segment.length();) {
        const UChar32 c = segment.char32At(i);
        i += U16_LENGTH(c);
        shape.space = shape.space && u_isUWhiteSpace(c);
        shape.apostrophe = shape.apostrophe || c == '\'' || c == 0x2019 || c == 0x02BC;
        if (u_isalpha(c)) {
            shape.capitalized = letters == 0 ? (u_isupper(c) || u_istitle(c)) : shape.capitalized;
            ++letters;
            upper += u_isupper(c) ? 1 : 0;
        } else {
            digit = digit || u_isdigit(c);
        }
    }
    shape.kind = letters > 0 ? TokenKind::Word : digit ? TokenKind::Number : TokenKind::Punctuation;
    shape.allCaps = letters >= 2 && upper == letters;
    return shape;
}

std::vector<TokenSpan> rawTokens(const icu::UnicodeString& text, std::size_t byteSize) {
    icu::BreakIterator& it = threadBreakIterator(BreakKind::Words);
    it.setText(text);
    OffsetCounter offsets(text);
    std::vector<TokenSpan> tokens;
    bool pendingSpace = false;
    for (int32_t start = it.first(), end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
        const SegmentShape shape = shapeOf(text.tempSubStringBetween(start, end));
        if (shape.space) {
            pendingSpace = true;
            continue;
        }
        TokenSpan& token = tokens.emplace_back();
        offsets.advanceTo(start);
        token.start = offsets.codePoints();
        // A damaged byte became one U+FFFD: byte offsets are clamped to the text.
        token.byteStart = std::min(offsets.bytes(), byteSize);
        offsets.advanceTo(end);
        token.end = offsets.codePoints();
        token.byteEnd = std::min(offsets.bytes(), byteSize);
        token.kind = shape.kind;
        token.capitalized = shape.capitalized;
        token.allCaps = shape.allCaps;
        token.apostrophe = shape.apostrophe;
        token.spaceBefore = pendingSpace;
        pendingSpace = false;
    }
    return tokens;
}

/// The code point that starts at a byte offset, or U+FFFD where the UTF-8 is damaged.
UChar32 codePointAt(std::string_view text, std::size_t at) {
    const DecodedCodePoint c = decodeShortUtf8(text, at);
    return c.length > 0 ? static_cast<UChar32>(c.value) : 0xFFFD;
}

/// Byte offset where the code point ending just before `end` starts.
std::size_t previousStart(std::string_view text, std::size_t end) {
    std::size_t at = end - 1;
    while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0U) == 0x80U) {
        --at;
    }
    return at;
}

bool isSpaceAt(std::string_view text, std::size_t at) {
    return u_isUWhiteSpace(codePointAt(text, at)) != 0;
}

/// "J.R.", "J.R.R.": capitals joined by dots, the last one's dot at `letter` + 1, open a name that goes on; the
/// initials of countries and unions that end many a sentence ("U.S.", "U.K.", "U.N.", "D.C.") do not.
bool endsWithJoinedInitials(std::string_view text, std::size_t letter) {
    std::size_t first = letter;
    std::size_t count = 1;
    while (first >= 2 && text[first - 1] == '.' && u_isupper(codePointAt(text, previousStart(text, first - 1))) != 0) {
        first = previousStart(text, first - 1);
        ++count;
    }
    if (count < 2 || (first > 0 && !isSpaceAt(text, previousStart(text, first)))) {
        return false;
    }
    constexpr std::string_view kPlaces[] = {"U.S", "U.K", "U.N", "U.S.A", "D.C", "E.U", "U.A.E", "U.S.S.R", "N.Y"};
    const std::string_view initials = text.substr(first, letter + 1 - first);
    return std::find(std::begin(kPlaces), std::end(kPlaces), initials) == std::end(kPlaces);
}

/// True when a sentence candidate ends with an initial ("George W.", or "V." opening the text), where ICU's rules
/// break but a name goes on.
bool endsWithInitial(std::string_view text, std::size_t end) {
    if (end < 2 || text[end - 1] != '.') {
        return false;
    }
    const std::size_t letter = previousStart(text, end - 1);
    if (u_isupper(codePointAt(text, letter)) == 0) {
        return false;
    }
    if (letter == 0 || isSpaceAt(text, previousStart(text, letter))) {
        return true;
    }
    return endsWithJoinedInitials(text, letter);
}

/// True when a sentence candidate ends with the abbreviation of a title or of a place word that always stands before
/// a name ("Mrs.", "St. Louis", "il dott. Rossi"): no sentence ends there.
bool endsWithNameAbbreviation(std::string_view text, std::size_t end) {
    constexpr std::size_t kLongest = 4;
    static constexpr std::string_view kAbbreviations[] = {"st",   "mt",   "ft",   "mr",  "mrs", "ms",   "dr",
                                                          "prof", "sen",  "gov",  "rev", "sgt", "capt", "lt",
                                                          "sig",  "sigg", "dott", "avv", "ing", "mons", "geom"};
    if (end < 2 || text[end - 1] != '.') {
        return false;
    }
    std::size_t start = end - 1;
    while (start > 0 && end - 1 - start <= kLongest && std::isalpha(static_cast<unsigned char>(text[start - 1])) != 0) {
        --start;
    }
    const std::size_t length = end - 1 - start;
    if (length == 0 || length > kLongest || (start > 0 && !isSpaceAt(text, previousStart(text, start)))) {
        return false;
    }
    char folded[kLongest] = {};
    for (std::size_t i = 0; i < length; ++i) {
        folded[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[start + i])));
    }
    const std::string_view word(folded, length);
    return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) != std::end(kAbbreviations);
}

/// True when white space in [from, to) holds a line break: a paragraph ends there whatever came before it.
bool hasLineBreak(std::string_view text, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\r' || text.substr(i, 3) == "\u2028" || text.substr(i, 3) == "\u2029") {
            return true;
        }
    }
    return false;
}

/// Sentence bounds in UTF-8 bytes, trimmed of white space.
std::vector<std::pair<std::size_t, std::size_t>> sentenceBounds(std::string_view text) {
    std::optional<std::vector<std::size_t>> ends = scanSentenceEnds(text);
    if (!ends) {
        ends = icuSentenceEnds(text);
    }
    std::vector<std::pair<std::size_t, std::size_t>> bounds;
    bool joinNext = false;
    std::size_t start = 0;
    for (const std::size_t end : *ends) {
        std::size_t first = start;
        std::size_t last = end;
        start = end;
        while (first < last && isSpaceAt(text, first)) {
            first += std::max<std::size_t>(decodeShortUtf8(text, first).length, 1);
        }
        while (last > first && isSpaceAt(text, previousStart(text, last))) {
            last = previousStart(text, last);
        }
        if (first == last) {
            continue;
        }
        if (joinNext && !bounds.empty()) {
            bounds.back().second = last;
        } else {
            bounds.emplace_back(first, last);
        }
        // "Serie A." closing a paragraph is no initial of a name going on in the next one.
        joinNext =
            (endsWithInitial(text, last) || endsWithNameAbbreviation(text, last)) && !hasLineBreak(text, last, end);
    }
    return bounds;
}

/// Counts code points forward through a text, so that sorted byte offsets convert in O(n) over the whole text.
class CodePointCounter {
public:
    explicit CodePointCounter(std::string_view text) : m_text(text) {}

    /// Code points before a byte offset at or after the previous one.
    std::size_t at(std::size_t byte) {
        const std::size_t end = std::min(byte, m_text.size());
        // Eight bytes at a time: a continuation byte has its top bit set and the next one clear.
        constexpr std::uint64_t kTopBits = 0x8080808080808080ULL;
        constexpr std::uint64_t kLowBits = 0x0101010101010101ULL;
        for (; m_byte + 8 <= end; m_byte += 8) {
            std::uint64_t eight = 0;
            std::memcpy(&eight, m_text.data() + m_byte, sizeof eight);
            const std::uint64_t continuations = (eight & ~(eight << 1U) & kTopBits) >> 7U;
            m_codePoints += 8 - static_cast<std::size_t>((continuations * kLowBits) >> 56U);
        }
        for (; m_byte < end; ++m_byte) {
            m_codePoints += (static_cast<unsigned char>(m_text[m_byte]) & 0xC0U) != 0x80U ? 1 : 0;
        }
        return m_codePoints;
    }

private:
    std::string_view m_text;
    std::size_t m_byte = 0;
    std::size_t m_codePoints = 0;
};

std::vector<Span> sentenceSpans(std::string_view text) {
    CodePointCounter counter(text);
    std::vector<Span> spans;
    for (const auto& [first, last] : sentenceBounds(text)) {
        const std::size_t begin = counter.at(first);
        spans.push_back({begin, counter.at(last)});
    }
    return spans;
}

void assignSentences(std::vector<Token>& tokens, const std::vector<Span>& sentences) {
    // The current sentence's end is kept at hand: most tokens lie inside it.
    const std::size_t lastSentence = sentences.empty() ? 0 : sentences.size() - 1;
    std::size_t sentence = 0;
    std::size_t sentenceEnd = sentences.empty() ? 0 : sentences.front().end;
    bool seenWord = false;
    const Token* previous = nullptr;
    for (Token& token : tokens) {
        while (sentence < lastSentence && token.start >= sentenceEnd) {
            sentenceEnd = sentences[++sentence].end;
            seenWord = false;
        }
        token.sentence = sentence;
        if (token.isWord() || token.kind == TokenKind::Number) {
            // Opening quotes are punctuation tokens: a word or number before says no without comparing texts.
            const bool afterOpening =
                previous != nullptr && previous->kind == TokenKind::Punctuation && opensQuotation(previous->text);
            token.sentenceInitial = !seenWord || afterOpening;
            seenWord = true;
        }
        previous = &token;
    }
}

/// Appends a token with its surface and folded forms, built in place in its final vector.
void appendToken(std::vector<Token>& tokens, const TokenSpan& span, std::string_view utf8) {
    Token& token = tokens.emplace_back();
    static_cast<TokenSpan&>(token) = span;
    const std::string_view text = span.textIn(utf8);
    token.text.assign(text);
    foldForMatching(text, token.folded);
}

/// Tokens with their surface and folded forms, before sentences are known. The scanner reads the UTF-8 directly
/// and is several times faster; ICU decides the texts it cannot cut. Elided articles and possessives are split off
/// as the tokens are built.
std::vector<Token> foldedTokens(std::string_view utf8) {
    std::optional<std::vector<TokenSpan>> scanned = scanWordTokens(utf8);
    if (!scanned) {
        scanned = icuWordTokens(utf8);
    }
    const std::vector<TokenSpan> spans = joinHyphenated(std::move(*scanned), utf8);
    std::vector<Token> tokens;
    // Room for a split every eight tokens spares a reallocation in all but the most elided texts.
    tokens.reserve(spans.size() + spans.size() / 8 + 1);
    for (const TokenSpan& span : spans) {
        // Only words with an apostrophe split: the flags decide for the others without a call.
        const std::size_t cut = span.isWord() && span.apostrophe ? splitPoint(span, utf8) : std::string::npos;
        if (cut == std::string::npos) {
            appendToken(tokens, span, utf8);
            continue;
        }
        TokenSpan prefix;
        TokenSpan word;
        splitInto(span, cut, utf8, prefix, word);
        appendToken(tokens, prefix, utf8);
        appendToken(tokens, word, utf8);
    }
    return tokens;
}

} // namespace

TokenizedText tokenize(std::string_view utf8, std::string_view /*language*/) {
    TokenizedText result;
    result.sentences = sentenceSpans(utf8);
    result.tokens = foldedTokens(utf8);
    assignSentences(result.tokens, result.sentences);
    return result;
}

std::vector<TokenSpan> icuWordTokens(std::string_view utf8) {
    return rawTokens(icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))),
                     utf8.size());
}

std::vector<std::string> foldedNameWords(std::string_view name) {
    // Sentences do not change a name's words: skipping the sentence pass spares an ICU iteration per name.
    std::vector<Token> tokens = foldedTokens(name);
    std::vector<std::string> words;
    for (Token& token : tokens) {
        if (!isAbbreviationDot(token)) {
            words.push_back(std::move(token.folded));
        }
    }
    return words;
}

std::string foldedNameKey(std::string_view name) {
    std::string key;
    for (const std::string& word : foldedNameWords(name)) {
        if (!key.empty()) {
            key += ' ';
        }
        key += word;
    }
    return key;
}

} // namespace annalist::core::ner
