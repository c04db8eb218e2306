// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/sentence_scanner.h"

#include "ner/break_iterators.h"

#include "text/utf8_decode.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>

namespace annalist::core::ner {

namespace {

/// Sentence-break classes (Unicode UAX #29); Unsupported sends the text to ICU.
enum class SCls : std::uint8_t {
    Other,
    CR,
    LF,
    Sep,
    Sp,
    Lower,
    Upper,
    OLetter,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Unsupported
};

// Below this code point the classes come from a table; everything above is Unsupported.
constexpr char32_t kTableEnd = 0x2C00;

SCls classFromIcu(char32_t c) {
    switch (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK)) {
    case U_SB_OTHER:
        return SCls::Other;
    case U_SB_CR:
        return SCls::CR;
    case U_SB_LF:
        return SCls::LF;
    case U_SB_SEP:
        return SCls::Sep;
    case U_SB_SP:
        return SCls::Sp;
    case U_SB_LOWER:
        return SCls::Lower;
    case U_SB_UPPER:
        return SCls::Upper;
    case U_SB_OLETTER:
        return SCls::OLetter;
    case U_SB_NUMERIC:
        return SCls::Numeric;
    case U_SB_ATERM:
        return SCls::ATerm;
    case U_SB_STERM:
        return SCls::STerm;
    case U_SB_CLOSE:
        return SCls::Close;
    case U_SB_SCONTINUE:
        return SCls::SContinue;
    default:
        return SCls::Unsupported; // Extend and Format attach to what precedes them (SB5): ICU handles those
    }
}

const std::array<SCls, kTableEnd>& classTable() {
    static const auto table = [] {
        auto result = std::make_unique<std::array<SCls, kTableEnd>>();
        for (char32_t c = 0; c < kTableEnd; ++c) {
            // Complex-context scripts are not Latin-like text: leave them to ICU as the word scanner does.
            const bool complex =
                u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT;
            (*result)[c] = complex ? SCls::Unsupported : classFromIcu(c);
        }
        return result;
    }();
    return *table;
}

/// One code point's class and length in bytes; length 0 at the end of the text.
struct Unit {
    SCls cls = SCls::Other;
    std::size_t length = 0;
};

bool isParaSep(SCls cls) {
    return cls == SCls::CR || cls == SCls::LF || cls == SCls::Sep;
}

bool isTerminator(SCls cls) {
    return cls == SCls::ATerm || cls == SCls::STerm;
}

/// Applies the sentence rules to UTF-8 text, reading code points where the rules look.
class SentenceRules {
public:
    explicit SentenceRules(std::string_view text) : m_text(text), m_table(classTable()) {}

    /// The sentence ends, or nullopt when the text holds a code point the rules here do not know.
    std::optional<std::vector<std::size_t>> ends();

private:
    /// The code point at a byte offset; Unsupported for damaged UTF-8 or code points left to ICU.
    [[nodiscard]] Unit unitAt(std::size_t at) const {
        if (at >= m_text.size()) {
            return {};
        }
        const auto lead = static_cast<unsigned char>(m_text[at]);
        if (lead < 0x80U) {
            return {m_table[lead], 1};
        }
        const DecodedCodePoint c = decodeShortUtf8(m_text, at);
        if (c.length == 0 || c.value >= kTableEnd) {
            return {SCls::Unsupported, 1};
        }
        return {m_table[c.value], c.length};
    }
    /// Class of the code point ending just before a byte offset.
    [[nodiscard]] SCls classBefore(std::size_t at) const;
    /// Byte offset just past a paragraph separator at `at` (CR LF stays together, SB3).
    [[nodiscard]] std::size_t afterParaSep(std::size_t at) const {
        const Unit unit = unitAt(at);
        return unit.cls == SCls::CR && unitAt(at + 1).cls == SCls::LF ? at + 2 : at + unit.length;
    }
    /// Byte offset after a run of code points of one class.
    [[nodiscard]] std::size_t skip(std::size_t at, SCls cls) const {
        for (Unit unit = unitAt(at); unit.length > 0 && unit.cls == cls; unit = unitAt(at)) {
            at += unit.length;
        }
        return at;
    }
    [[nodiscard]] bool lowerFollows(std::size_t from) const;
    /// Handles the terminator at `at`; returns where scanning goes on, having noted a break if there is one.
    std::size_t afterTerminator(std::size_t at, std::size_t length);

    std::string_view m_text;
    const std::array<SCls, kTableEnd>& m_table;
    std::vector<std::size_t> m_ends;
};

SCls SentenceRules::classBefore(std::size_t at) const {
    if (at == 0) {
        return SCls::Other;
    }
    std::size_t start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(m_text[start]) & 0xC0U) == 0x80U) {
        --start;
    }
    return unitAt(start).cls;
}

/// SB8: after a full stop, anything but letters, separators and terminators may come before a lowercase letter.
bool SentenceRules::lowerFollows(std::size_t from) const {
    for (Unit unit = unitAt(from); unit.length > 0; from += unit.length, unit = unitAt(from)) {
        const SCls c = unit.cls;
        if (c == SCls::OLetter || c == SCls::Upper || c == SCls::Lower || isParaSep(c) || isTerminator(c)) {
            return c == SCls::Lower;
        }
    }
    return false;
}

std::size_t SentenceRules::afterTerminator(std::size_t at, std::size_t length) {
    const bool fullStop = unitAt(at).cls == SCls::ATerm;
    std::size_t j = at + length;
    // SB6 "3.14", SB7 "U.S": no break right after the full stop.
    const SCls right = unitAt(j).cls;
    const SCls left = classBefore(at);
    if (fullStop &&
        (right == SCls::Numeric || (right == SCls::Upper && (left == SCls::Upper || left == SCls::Lower)))) {
        return j;
    }
    j = skip(skip(j, SCls::Close), SCls::Sp);
    // SB8 (a lowercase word goes on after a full stop) and SB8a (a comma, colon or another terminator follows).
    const Unit next = unitAt(j);
    if ((fullStop && lowerFollows(j)) || (next.length > 0 && (next.cls == SCls::SContinue || isTerminator(next.cls)))) {
        return j;
    }
    // SB11: the break comes after the closing marks, the spaces and one paragraph separator.
    if (next.length > 0 && isParaSep(next.cls)) {
        j = afterParaSep(j);
    }
    m_ends.push_back(j);
    return j;
}

std::optional<std::vector<std::size_t>> SentenceRules::ends() {
    // ASCII that neither ends a sentence nor a paragraph, most of a text, is passed over a byte at a time.
    // Four bytes are tested per step; bytes from 0x80 up never pass.
    std::array<bool, 0x100> passes{};
    for (std::size_t c = 0; c < 0x80; ++c) {
        const SCls cls = m_table[c];
        passes[c] = cls != SCls::Unsupported && !isParaSep(cls) && !isTerminator(cls);
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(m_text.data());
    for (std::size_t at = 0; at < m_text.size();) {
        while (at + 4 <= m_text.size() && passes[bytes[at]] && passes[bytes[at + 1]] && passes[bytes[at + 2]] &&
               passes[bytes[at + 3]]) {
            at += 4;
        }
        if (at < m_text.size() && passes[bytes[at]]) {
            ++at;
            continue;
        }
        if (at >= m_text.size()) {
            break;
        }
        const Unit unit = unitAt(at);
        if (unit.cls == SCls::Unsupported) {
            return std::nullopt;
        }
        if (isParaSep(unit.cls)) { // SB4
            at = afterParaSep(at);
            m_ends.push_back(at);
        } else if (isTerminator(unit.cls)) {
            at = afterTerminator(at, unit.length);
        } else {
            at += unit.length;
        }
    }
    if (!m_text.empty() && (m_ends.empty() || m_ends.back() != m_text.size())) {
        m_ends.push_back(m_text.size()); // SB2
    }
    return std::move(m_ends);
}

} // namespace

std::optional<std::vector<std::size_t>> scanSentenceEnds(std::string_view utf8) {
    return SentenceRules(utf8).ends();
}

std::vector<std::size_t> icuSentenceEnds(std::string_view utf8) {
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    icu::BreakIterator& it = threadBreakIterator(BreakKind::Sentences);
    it.setText(text);
    std::vector<std::size_t> ends;
    int32_t utf16 = 0;
    std::size_t bytes = 0;
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; end = it.next()) {
        // UTF-16 offsets to UTF-8 bytes; a damaged byte became one U+FFFD, so the count is clamped to the text.
        while (utf16 < end) {
            const UChar32 c = text.char32At(utf16);
            utf16 += U16_LENGTH(c);
            bytes += static_cast<std::size_t>(U8_LENGTH(c));
        }
        ends.push_back(std::min(bytes, utf8.size()));
    }
    if (!ends.empty()) {
        ends.back() = utf8.size();
    }
    return ends;
}

} // namespace annalist::core::ner
