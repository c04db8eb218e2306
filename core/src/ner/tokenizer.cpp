// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/tokenizer.h"

#include "annalist/core/text/unicode.h"
#include "ner/token_rules.h"
#include "ner/word_scanner.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <memory>
#include <optional>
#include <stdexcept>

namespace annalist::core::ner {

namespace {

/// One ICU break iterator per thread and kind: creating them is costly, using one is not thread-safe.
icu::BreakIterator& breakIterator(bool sentences) {
    thread_local std::unique_ptr<icu::BreakIterator> words;
    thread_local std::unique_ptr<icu::BreakIterator> sentenceIterator;
    auto& slot = sentences ? sentenceIterator : words;
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale root("en");
        slot.reset(sentences ? icu::BreakIterator::createSentenceInstance(root, status)
                             : icu::BreakIterator::createWordInstance(root, status));
        if (U_FAILURE(status) || !slot) {
            throw std::runtime_error("ICU break iterator unavailable");
        }
    }
    return *slot;
}

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

std::vector<Token> rawTokens(const icu::UnicodeString& text) {
    icu::BreakIterator& it = breakIterator(false);
    it.setText(text);
    OffsetCounter offsets(text);
    std::vector<Token> tokens;
    bool pendingSpace = false;
    for (int32_t start = it.first(), end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
        const icu::UnicodeString segment = text.tempSubStringBetween(start, end);
        const SegmentShape shape = shapeOf(segment);
        if (shape.space) {
            pendingSpace = true;
            continue;
        }
        Token token;
        offsets.advanceTo(start);
        token.start = offsets.codePoints();
        token.byteStart = offsets.bytes();
        offsets.advanceTo(end);
        token.end = offsets.codePoints();
        token.byteEnd = offsets.bytes();
        segment.toUTF8String(token.text);
        token.kind = shape.kind;
        token.capitalized = shape.capitalized;
        token.allCaps = shape.allCaps;
        token.spaceBefore = pendingSpace;
        pendingSpace = false;
        tokens.push_back(std::move(token));
    }
    return tokens;
}

/// True when a sentence candidate ends with an initial ("George W.", or "V." opening the text), where ICU's rules
/// break but a name goes on.
bool endsWithInitial(const icu::UnicodeString& text, int32_t end) {
    return end >= 2 && text.charAt(end - 1) == u'.' && u_isupper(text.charAt(end - 2)) &&
           (end == 2 || u_isUWhiteSpace(text.charAt(end - 3)));
}

/// True when white space in [from, to) holds a line break: a paragraph ends there whatever came before it.
bool hasLineBreak(const icu::UnicodeString& text, int32_t from, int32_t to) {
    for (int32_t i = from; i < to; ++i) {
        const char16_t c = text.charAt(i);
        if (c == u'\n' || c == u'\r' || c == u'\u2028' || c == u'\u2029') {
            return true;
        }
    }
    return false;
}

/// Sentence bounds in UTF-16 units, trimmed of white space.
std::vector<std::pair<int32_t, int32_t>> sentenceBounds(const icu::UnicodeString& text) {
    icu::BreakIterator& it = breakIterator(true);
    it.setText(text);
    std::vector<std::pair<int32_t, int32_t>> bounds;
    bool joinNext = false;
    for (int32_t start = it.first(), end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
        int32_t first = start;
        int32_t last = end;
        while (first < last && u_isUWhiteSpace(text.charAt(first))) {
            ++first;
        }
        while (last > first && u_isUWhiteSpace(text.charAt(last - 1))) {
            --last;
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
        joinNext = endsWithInitial(text, last) && !hasLineBreak(text, last, end);
    }
    return bounds;
}

std::vector<Span> sentenceSpans(const icu::UnicodeString& text) {
    OffsetCounter offsets(text);
    std::vector<Span> spans;
    for (const auto& [first, last] : sentenceBounds(text)) {
        offsets.advanceTo(first);
        const std::size_t begin = offsets.codePoints();
        offsets.advanceTo(last);
        spans.push_back({begin, offsets.codePoints()});
    }
    return spans;
}

void assignSentences(std::vector<Token>& tokens, const std::vector<Span>& sentences) {
    std::size_t sentence = 0;
    bool seenWord = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        Token& token = tokens[i];
        while (sentence + 1 < sentences.size() && token.start >= sentences[sentence].end) {
            ++sentence;
            seenWord = false;
        }
        token.sentence = sentence;
        if (token.isWord() || token.kind == TokenKind::Number) {
            const bool afterOpening = i > 0 && opensQuotation(tokens[i - 1].text);
            token.sentenceInitial = !seenWord || afterOpening;
            seenWord = true;
        }
    }
}

/// Tokens with their surface and folded forms, before sentences are known. The scanner reads the UTF-8 directly
/// and is several times faster; ICU decides the texts it cannot cut.
std::vector<Token> foldedTokens(std::string_view utf8, const icu::UnicodeString* utf16) {
    std::optional<std::vector<Token>> scanned = scanWordTokens(utf8);
    if (!scanned) {
        scanned = utf16 != nullptr ? rawTokens(*utf16) : icuWordTokens(utf8);
    }
    std::vector<Token> tokens = splitElisions(joinHyphenated(std::move(*scanned)));
    for (Token& token : tokens) {
        token.folded = foldForMatching(token.text);
    }
    return tokens;
}

} // namespace

TokenizedText tokenize(std::string_view utf8, std::string_view /*language*/) {
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    TokenizedText result;
    result.sentences = sentenceSpans(text);
    result.tokens = foldedTokens(utf8, &text);
    assignSentences(result.tokens, result.sentences);
    return result;
}

std::vector<Token> icuWordTokens(std::string_view utf8) {
    return rawTokens(icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))));
}

std::vector<std::string> foldedNameWords(std::string_view name) {
    // Sentences do not change a name's words: skipping the sentence pass spares an ICU iteration per name.
    std::vector<Token> tokens = foldedTokens(name, nullptr);
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
