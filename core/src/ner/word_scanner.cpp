// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/word_scanner.h"

#include "ner/word_break_table.h"
#include "text/utf8_decode.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace annalist::core::ner {

namespace {

using word_break::Cls;
using word_break::CodePointInfo;
using word_break::infoTable;
using word_break::InfoTable;
using word_break::kTableEnd;

/// One decoded code point of the text.
struct Unit {
    const CodePointInfo* info = nullptr;
    std::size_t bytes = 0; ///< 0 when the text is not well-formed UTF-8 or the code point is unsupported
};

/// Decodes well-formed UTF-8 only (no overlongs, surrogates or truncated sequences), as ICU would read it
/// without substitutions. `at` must lie inside the text.
Unit decode(std::string_view text, std::size_t at, const InfoTable& table) {
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80U) {
        return {&table[lead], 1};
    }
    const DecodedCodePoint c = decodeShortUtf8(text, at);
    if (c.length == 0 || c.value >= kTableEnd) {
        return {};
    }
    const CodePointInfo& info = table.at(c.value);
    if (info.cls == Cls::Unsupported) {
        return {};
    }
    return {&info, c.length};
}

/// The case shape of a segment, gathered code point by code point while it is cut.
struct Shape {
    bool space = true;
    int letters = 0;
    int upper = 0;
    bool digit = false;
    bool capitalized = false;
    bool apostrophe = false;

    void add(const CodePointInfo& info) {
        space = space && info.space;
        apostrophe = apostrophe || info.apostrophe;
        if (info.alpha) {
            capitalized = letters == 0 ? info.capital : capitalized;
            ++letters;
            upper += info.upper ? 1 : 0;
        } else {
            digit = digit || info.digit;
        }
    }
};

bool joinsWord(Cls cls) {
    return cls == Cls::Letter || cls == Cls::Numeric || cls == Cls::ExtendNumLet;
}

/// Counters of an ASCII run packed into one word, so that each byte costs one table read and one addition: letters in
/// the low field, capitals in the middle one, digits in the high one. A run is cut into pieces short enough that no
/// field overflows.
constexpr unsigned kFieldBits = 21;
constexpr std::uint64_t kFieldMask = (1ULL << kFieldBits) - 1;
constexpr std::size_t kLongestPiece = kFieldMask;

constexpr std::array<std::uint64_t, 256> asciiWordCounts() {
    std::array<std::uint64_t, 256> counts{};
    for (unsigned c = 'a'; c <= 'z'; ++c) {
        counts[c] = 1;
    }
    for (unsigned c = 'A'; c <= 'Z'; ++c) {
        counts[c] = 1 | (1ULL << kFieldBits);
    }
    for (unsigned c = '0'; c <= '9'; ++c) {
        counts[c] = 1ULL << (2 * kFieldBits);
    }
    return counts;
}

constexpr std::array<std::uint64_t, 256> kAsciiWordCounts = asciiWordCounts();

/// End of the run of ASCII letters and digits from `from`, with the run added to the shape and `previous` set to
/// the class of its last character when it is not empty.
std::size_t asciiRun(std::string_view text, std::size_t from, Shape& shape, Cls& previous) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t end = from;
    for (;;) {
        const std::size_t limit = std::min(text.size(), end + kLongestPiece);
        const std::size_t pieceStart = end;
        std::uint64_t sum = 0;
        for (std::uint64_t count = 0; end < limit && (count = kAsciiWordCounts[bytes[end]]) != 0; ++end) {
            sum += count;
        }
        const auto letters = static_cast<int>(sum & kFieldMask);
        if (shape.letters == 0 && letters > 0) {
            std::size_t first = pieceStart;
            while ((kAsciiWordCounts[bytes[first]] & kFieldMask) == 0) {
                ++first;
            }
            shape.capitalized = bytes[first] < 'a';
        }
        shape.letters += letters;
        shape.upper += static_cast<int>((sum >> kFieldBits) & kFieldMask);
        shape.digit = shape.digit || (sum >> (2 * kFieldBits)) != 0;
        if (end < limit || end == text.size()) {
            break;
        }
    }
    if (end > from) {
        previous = (kAsciiWordCounts[bytes[end - 1]] & kFieldMask) != 0 ? Cls::Letter : Cls::Numeric;
    }
    return end;
}

/// What may follow an ASCII word of letters and digits, or stand alone, as the rules for the ASCII classes say.
struct AsciiFollowers {
    std::array<bool, 0x80> joinsLetter{}; ///< may join on to a word ending in a letter (letters, digits, _ . ' @)
    std::array<bool, 0x80> joinsDigit{};  ///< may join on to a word ending in a digit (letters, digits, _ . ' , ;)
    std::array<bool, 0x80> mark{};        ///< a punctuation mark that is a token of its own
};

const AsciiFollowers& asciiFollowers() {
    static const AsciiFollowers followers = [] {
        AsciiFollowers result;
        const auto& table = infoTable();
        for (std::size_t c = 0; c < 0x80; ++c) {
            const CodePointInfo& info = table[c];
            const Cls cls = info.cls;
            const bool unknown = cls == Cls::Unsupported;
            result.joinsLetter[c] = unknown || joinsWord(cls) || cls == Cls::MidLetter || cls == Cls::MidNumLet;
            result.joinsDigit[c] = unknown || joinsWord(cls) || cls == Cls::MidNum || cls == Cls::MidNumLet;
            result.mark[c] = !unknown && !joinsWord(cls) && cls != Cls::Space && cls != Cls::CR && cls != Cls::Break &&
                             !info.space && !info.alpha && !info.digit;
        }
        return result;
    }();
    return followers;
}

/// Cuts the text into segments as ICU's rules do for the supported classes and turns them into tokens.
class Scanner {
public:
    explicit Scanner(std::string_view text) : m_text(text), m_table(infoTable()), m_followers(asciiFollowers()) {}

    /// False when the text needs ICU.
    bool run(std::vector<TokenSpan>& tokens);

private:
    /// Decodes the code point at a byte offset; false at the end of the text.
    bool unitAt(std::size_t byte, Unit& unit) const {
        if (byte >= m_text.size()) {
            return false;
        }
        const auto lead = static_cast<unsigned char>(m_text[byte]);
        unit = lead < 0x80U ? Unit{&m_table[lead], 1} : decode(m_text, byte, m_table); // ASCII without a call
        return true;
    }
    std::size_t wordEnd(std::size_t byte, Cls cls, std::size_t& codePoints, Shape& shape) const;
    std::size_t asciiToken(std::vector<TokenSpan>& tokens, std::size_t at);
    void emit(std::vector<TokenSpan>& tokens, std::size_t byteStart, std::size_t byteEnd, std::size_t codePoints,
              const Shape& shape);
    void push(std::vector<TokenSpan>& tokens, std::size_t byteStart, std::size_t byteEnd, std::size_t codePoints,
              TokenKind kind);

    std::string_view m_text;
    const InfoTable& m_table;
    const AsciiFollowers& m_followers;
    std::size_t m_codePoint = 0;
    bool m_pendingSpace = false;
};

/// End of the word that starts at `byte` with class `cls` (WB5–WB13b): letters, digits and connector
/// punctuation join; a mid-word mark joins only between two letters (', ., :) or two digits (', ., ,, ;).
std::size_t Scanner::wordEnd(std::size_t byte, Cls cls, std::size_t& codePoints, Shape& shape) const {
    Cls previous = cls;
    std::size_t end = byte;
    codePoints = 0;
    Unit next;
    for (;;) {
        // ASCII letters and digits, most of a word's bytes, join without decoding (`previous` always joins).
        const std::size_t runStart = end;
        end = asciiRun(m_text, end, shape, previous);
        // A word may open with a character that is also white space (U+202F joins as a connector): a letter or a
        // digit after it makes the segment no space.
        shape.space = shape.space && end == runStart;
        codePoints += end - runStart;
        if (!unitAt(end, next) || next.bytes == 0) {
            break;
        }
        const Cls nextCls = next.info->cls;
        if (joinsWord(nextCls)) {
            previous = nextCls;
            shape.add(*next.info);
            end += next.bytes;
            ++codePoints;
            continue;
        }
        const bool letterMid = previous == Cls::Letter && (nextCls == Cls::MidLetter || nextCls == Cls::MidNumLet);
        const bool numberMid = previous == Cls::Numeric && (nextCls == Cls::MidNum || nextCls == Cls::MidNumLet);
        Unit after;
        if (!(letterMid || numberMid) || !unitAt(end + next.bytes, after) || after.bytes == 0 ||
            after.info->cls != previous) {
            break;
        }
        shape.add(*next.info);
        shape.add(*after.info);
        end += next.bytes + after.bytes;
        codePoints += 2;
    }
    return end;
}

/// Emits the token at `at` when it is plain ASCII that the rules need not look further into: a word of letters and
/// digits that nothing can join on to, or a punctuation mark. Returns where it ends, or `at` when the full rules
/// must decide.
std::size_t Scanner::asciiToken(std::vector<TokenSpan>& tokens, std::size_t at) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(m_text.data());
    const unsigned lead = bytes[at];
    if (kAsciiWordCounts[lead] == 0) {
        if (!m_followers.mark[lead]) {
            return at;
        }
        push(tokens, at, at + 1, 1, TokenKind::Punctuation);
        tokens.back().apostrophe = m_table[lead].apostrophe;
        return at + 1;
    }
    const std::size_t limit = std::min(m_text.size(), at + kLongestPiece);
    std::size_t end = at;
    std::uint64_t sum = 0;
    for (std::uint64_t count = 0; end < limit && (count = kAsciiWordCounts[bytes[end]]) != 0; ++end) {
        sum += count;
    }
    const bool endsInLetter = (kAsciiWordCounts[bytes[end - 1]] & kFieldMask) != 0;
    if (end == limit ? limit != m_text.size()
                     : bytes[end] >= 0x80U ||
                           (endsInLetter ? m_followers.joinsLetter[bytes[end]] : m_followers.joinsDigit[bytes[end]])) {
        return at;
    }
    const auto letters = static_cast<int>(sum & kFieldMask);
    const auto upper = static_cast<int>((sum >> kFieldBits) & kFieldMask);
    push(tokens, at, end, end - at, letters > 0 ? TokenKind::Word : TokenKind::Number);
    if (letters > 0) {
        std::size_t first = at;
        while ((kAsciiWordCounts[bytes[first]] & kFieldMask) == 0) {
            ++first;
        }
        tokens.back().capitalized = bytes[first] < 'a';
        tokens.back().allCaps = letters >= 2 && upper == letters;
    }
    return end;
}

void Scanner::push(std::vector<TokenSpan>& tokens, std::size_t byteStart, std::size_t byteEnd, std::size_t codePoints,
                   TokenKind kind) {
    TokenSpan& token = tokens.emplace_back();
    token.start = m_codePoint;
    m_codePoint += codePoints;
    token.end = m_codePoint;
    token.byteStart = byteStart;
    token.byteEnd = byteEnd;
    token.kind = kind;
    token.spaceBefore = m_pendingSpace;
    m_pendingSpace = false;
}

void Scanner::emit(std::vector<TokenSpan>& tokens, std::size_t byteStart, std::size_t byteEnd, std::size_t codePoints,
                   const Shape& shape) {
    if (shape.space) {
        m_codePoint += codePoints;
        m_pendingSpace = true;
        return;
    }
    push(tokens, byteStart, byteEnd, codePoints,
         shape.letters > 0 ? TokenKind::Word
         : shape.digit     ? TokenKind::Number
                           : TokenKind::Punctuation);
    TokenSpan& token = tokens.back();
    token.capitalized = shape.capitalized;
    token.allCaps = shape.letters >= 2 && shape.upper == shape.letters;
    token.apostrophe = shape.apostrophe;
}

bool Scanner::run(std::vector<TokenSpan>& tokens) {
    for (std::size_t at = 0; at < m_text.size();) {
        // Plain spaces between words, the commonest segment, only mark the next token as spaced.
        if (m_text[at] == ' ') {
            std::size_t end = at + 1;
            while (end < m_text.size() && m_text[end] == ' ') {
                ++end;
            }
            if (end == m_text.size() || static_cast<unsigned char>(m_text[end]) < 0x80U) {
                m_codePoint += end - at;
                m_pendingSpace = true;
                at = end;
                continue;
            }
        }
        if (static_cast<unsigned char>(m_text[at]) < 0x80U) {
            const std::size_t end = asciiToken(tokens, at);
            if (end != at) {
                at = end;
                continue;
            }
        }
        Unit unit;
        unitAt(at, unit);
        if (unit.bytes == 0) {
            return false;
        }
        const Cls cls = unit.info->cls;
        std::size_t end = at + unit.bytes;
        std::size_t codePoints = 1;
        Shape shape;
        Unit next;
        if (joinsWord(cls)) {
            end = wordEnd(at, cls, codePoints, shape);
        } else if (cls == Cls::Space) {
            shape.add(*unit.info);
            while (unitAt(end, next) && next.bytes != 0 && next.info->cls == Cls::Space) {
                shape.add(*next.info);
                end += next.bytes;
                ++codePoints;
            }
        } else {
            shape.add(*unit.info);
            if (cls == Cls::CR && end < m_text.size() && m_text[end] == '\n') {
                shape.add(m_table['\n']);
                ++end;
                ++codePoints;
            }
        }
        emit(tokens, at, end, codePoints, shape);
        at = end;
    }
    return true;
}

} // namespace

std::optional<std::vector<TokenSpan>> scanWordTokens(std::string_view utf8) {
    std::vector<TokenSpan> tokens;
    tokens.reserve(utf8.size() / 5 + 1);
    Scanner scanner(utf8);
    if (!scanner.run(tokens)) {
        return std::nullopt;
    }
    return tokens;
}

} // namespace annalist::core::ner
