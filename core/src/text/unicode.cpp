// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/text/unicode.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace annalist::core {

namespace {

/// The ICU normalisers are process-wide immutable singletons; looking them up once keeps folding
/// cheap when it runs for every token of every article.
struct Normalizers {
    const icu::Normalizer2* nfc = nullptr;
    const icu::Normalizer2* nfd = nullptr;
};

const Normalizers& normalizers() {
    static const Normalizers instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        Normalizers result;
        result.nfc = icu::Normalizer2::getNFCInstance(status);
        result.nfd = icu::Normalizer2::getNFDInstance(status);
        if (U_FAILURE(status)) {
            throw std::runtime_error("ICU normalisation data is unavailable");
        }
        return result;
    }();
    return instance;
}

bool isAscii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

/// Code points start at every byte that is not a continuation byte (and at byte 0 regardless), so
/// counting and indexing agree with each other even on slightly damaged input.
bool startsCodePoint(std::string_view text, std::size_t i) {
    return i == 0 || !isContinuationByte(text[i]);
}

bool isApostropheVariant(UChar32 c) {
    return c == 0x2019 || c == 0x2018 || c == 0x02BC || c == '`';
}

std::string foldAscii(std::string_view text) {
    std::string result(text);
    for (char& c : result) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        } else if (c == '`') {
            c = '\'';
        }
    }
    return result;
}

constexpr std::array<char, 0x80> asciiFolds() {
    std::array<char, 0x80> folds{};
    for (std::size_t c = 0; c < folds.size(); ++c) {
        folds[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c == '`' ? '\'' : c);
    }
    return folds;
}

/// foldAscii() of every ASCII character.
constexpr std::array<char, 0x80> kAsciiFolds = asciiFolds();

/// foldAscii() in the same pass that checks the text is ASCII, a table read per byte; false at the first byte that
/// is not, with `out` then holding a partial result.
bool foldIfAscii(std::string_view text, std::string& out) {
    out.resize(text.size());
    char* folded = out.data();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80U) {
            return false;
        }
        folded[i] = kAsciiFolds[c];
    }
    return true;
}

} // namespace

bool isValidUtf8(std::string_view bytes) {
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(bytes.size());
    int32_t i = 0;
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    while (i < length) {
        // Eight ASCII bytes at a time: most news text is ASCII for long stretches.
        std::uint64_t eight = kHighBits;
        if (length - i >= 8) {
            std::memcpy(&eight, data + i, sizeof eight);
        }
        if ((eight & kHighBits) == 0) {
            i += 8;
            continue;
        }
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c < 0) {
            return false;
        }
    }
    return true;
}

std::size_t codePointCount(std::string_view utf8) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if (startsCodePoint(utf8, i)) {
            ++count;
        }
    }
    return count;
}

std::string toNfc(std::string_view utf8) {
    if (isAscii(utf8)) {
        return std::string(utf8);
    }
    const icu::Normalizer2& nfc = *normalizers().nfc;
    UErrorCode status = U_ZERO_ERROR;
    const icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
    if (nfc.isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
        return std::string(utf8);
    }
    status = U_ZERO_ERROR;
    std::string result;
    result.reserve(utf8.size());
    icu::StringByteSink<std::string> sink(&result);
    nfc.normalizeUTF8(0, piece, sink, nullptr, status);
    if (U_FAILURE(status)) {
        return std::string(utf8);
    }
    return result;
}

namespace {

std::string foldWithIcu(std::string_view utf8) {
    const Normalizers& norm = normalizers();
    icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    text.foldCase();
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString decomposed = norm.nfd->normalize(text, status);
    if (U_FAILURE(status)) {
        return foldAscii(utf8);
    }
    icu::UnicodeString stripped;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) {
            continue;
        }
        stripped.append(isApostropheVariant(c) ? UChar32{'\''} : c);
    }
    const icu::UnicodeString composed = norm.nfc->normalize(stripped, status);
    std::string result;
    (U_SUCCESS(status) ? composed : stripped).toUTF8String(result);
    return result;
}

// Latin letters with their accents, and the marks themselves, fold one code point at a time: once the marks are
// stripped only base letters remain, and base letters never compose with one another.
constexpr char32_t kFoldTableEnd = 0x250;

const std::array<std::string, kFoldTableEnd>& foldTable() {
    static const auto table = [] {
        auto result = std::make_unique<std::array<std::string, kFoldTableEnd>>();
        for (char32_t c = 0; c < kFoldTableEnd; ++c) {
            std::string utf8;
            icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(utf8);
            (*result)[c] = foldWithIcu(utf8);
        }
        return result;
    }();
    return *table;
}

// General punctuation, super- and subscripts and currency signs (dashes, typographic quotes, ellipsis, euro), the
// three-byte characters news uses most: none is a combining mark or composes with its neighbours, so they too fold
// one code point at a time.
constexpr char32_t kPunctuationTableStart = 0x2000;
constexpr char32_t kPunctuationTableEnd = 0x20C0;

const std::array<std::string, kPunctuationTableEnd - kPunctuationTableStart>& punctuationFoldTable() {
    static const auto table = [] {
        auto result = std::make_unique<std::array<std::string, kPunctuationTableEnd - kPunctuationTableStart>>();
        for (char32_t c = kPunctuationTableStart; c < kPunctuationTableEnd; ++c) {
            std::string utf8;
            icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(utf8);
            (*result)[c - kPunctuationTableStart] = foldWithIcu(utf8);
        }
        return result;
    }();
    return *table;
}

/// foldForMatching() for a text of code points below kFoldTableEnd and typographic apostrophes; false for any
/// other text (or damaged UTF-8), which ICU then folds.
bool foldWithTable(std::string_view utf8, std::string& out) {
    const auto& table = foldTable();
    out.reserve(utf8.size());
    const auto byte = [&](std::size_t i) { return i < utf8.size() ? static_cast<unsigned char>(utf8[i]) : 0U; };
    // Nearly every letter folds to one character: appending it as a char spares a string append.
    const auto append = [&](const std::string& folded) {
        if (folded.size() == 1) {
            out += folded.front();
        } else {
            out += folded;
        }
    };
    for (std::size_t i = 0; i < utf8.size();) {
        const unsigned lead = byte(i);
        if (lead < 0x80U) {
            append(table[lead]);
            ++i;
        } else if (lead >= 0xC2U && lead <= 0xC9U && (byte(i + 1) & 0xC0U) == 0x80U) {
            const char32_t c = ((lead & 0x1FU) << 6U) | (byte(i + 1) & 0x3FU);
            if (c >= kFoldTableEnd) {
                return false;
            }
            append(table[c]);
            i += 2;
        } else if (lead == 0xE2U && byte(i + 1) == 0x80U && (byte(i + 2) == 0x98U || byte(i + 2) == 0x99U)) {
            out += '\''; // U+2018 and U+2019
            i += 3;
        } else if (lead == 0xE2U && byte(i + 1) >= 0x80U && byte(i + 1) <= 0x82U && (byte(i + 2) & 0xC0U) == 0x80U) {
            const char32_t c = 0x2000U | ((byte(i + 1) & 0x3FU) << 6U) | (byte(i + 2) & 0x3FU);
            if (c >= kPunctuationTableEnd) {
                return false;
            }
            out += punctuationFoldTable()[c - kPunctuationTableStart];
            i += 3;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

std::string foldForMatching(std::string_view utf8) {
    std::string folded;
    foldForMatching(utf8, folded);
    return folded;
}

void foldForMatching(std::string_view utf8, std::string& folded) {
    if (foldIfAscii(utf8, folded)) {
        return;
    }
    // Most words of European news are Latin letters: a table lookup per code point gives ICU's answer.
    folded.clear();
    if (foldWithTable(utf8, folded)) {
        return;
    }
    folded = foldWithIcu(utf8);
}

CodePointIndex::CodePointIndex(std::string_view utf8) {
    m_byteOfCodePoint.reserve(utf8.size() + 1);
    m_codePointOfByte.resize(utf8.size() + 1);
    std::size_t codePoint = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if (startsCodePoint(utf8, i)) {
            m_byteOfCodePoint.push_back(i);
            codePoint = m_byteOfCodePoint.size() - 1;
        }
        // A byte inside a character maps to that character.
        m_codePointOfByte[i] = codePoint;
    }
    m_codePointOfByte[utf8.size()] = m_byteOfCodePoint.size();
    m_byteOfCodePoint.push_back(utf8.size());
}

std::size_t CodePointIndex::toCodePoint(std::size_t byteOffset) const {
    return m_codePointOfByte[std::min(byteOffset, m_codePointOfByte.size() - 1)];
}

std::size_t CodePointIndex::toByte(std::size_t codePointOffset) const {
    return m_byteOfCodePoint[std::min(codePointOffset, m_byteOfCodePoint.size() - 1)];
}

std::string substrCodePoints(std::string_view utf8, std::size_t start, std::size_t end) {
    if (end <= start) {
        return {};
    }
    std::size_t codePoint = 0;
    std::size_t startByte = utf8.size();
    std::size_t endByte = utf8.size();
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if (!startsCodePoint(utf8, i)) {
            continue;
        }
        if (codePoint == start) {
            startByte = i;
        }
        if (codePoint == end) {
            endByte = i;
            break;
        }
        ++codePoint;
    }
    return std::string(utf8.substr(startByte, endByte - startByte));
}

} // namespace annalist::core
