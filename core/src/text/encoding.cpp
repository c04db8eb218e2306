// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/text/encoding.h"

#include "annalist/core/error.h"
#include "annalist/core/text/unicode.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <utility>

namespace annalist::core {

namespace {

constexpr std::size_t kSniffBytes = 64 * 1024;
constexpr double kMaxControlRatio = 0.05;
// ICU's confidence (0-100) for an 8-bit charset: certain, likely with a lead, or a mere hint.
constexpr int32_t kConfidentMatch = 50;
constexpr int32_t kLikelyMatch = 25;
constexpr int32_t kClearLead = 10;
constexpr int32_t kLatinHintMatch = 10;

struct Bom {
    std::string_view bytes;
    const char* encoding;
};

// UTF-32 first: its little-endian BOM starts with the UTF-16 one.
constexpr std::array<Bom, 5> kBoms = {{
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {std::string_view("\xEF\xBB\xBF", 3), "UTF-8"},
    {std::string_view("\xFE\xFF", 2), "UTF-16BE"},
    {std::string_view("\xFF\xFE", 2), "UTF-16LE"},
}};

const Bom* findBom(std::string_view bytes) {
    for (const Bom& bom : kBoms) {
        if (bytes.starts_with(bom.bytes)) {
            return &bom;
        }
    }
    return nullptr;
}

bool isAsciiWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isBlankUtf8(std::string_view text) {
    const auto* data = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c >= 0 && !u_isUWhiteSpace(c) && c != 0xFEFF && c != 0x200B) {
            return false;
        }
    }
    return true;
}

bool isSuspiciousControl(unsigned char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

/// NULs or a noticeable share of control characters mean the bytes are not meant to be read as text.
void rejectBinary(std::string_view bytes, const std::string& inputName) {
    // A NUL anywhere is a sure sign and cheap to find; the control-character ratio needs only a sample.
    const auto nul = bytes.find('\0');
    if (nul != std::string_view::npos) {
        throw InputError(InputProblem::Binary, inputName, "NUL byte at offset " + std::to_string(nul));
    }
    const std::string_view sample = bytes.substr(0, kSniffBytes);
    const auto controls = std::count_if(sample.begin(), sample.end(),
                                        [](char c) { return isSuspiciousControl(static_cast<unsigned char>(c)); });
    if (static_cast<double>(controls) > kMaxControlRatio * static_cast<double>(sample.size())) {
        throw InputError(InputProblem::Binary, inputName,
                         std::to_string(controls) + " control characters in the first " +
                             std::to_string(sample.size()) + " bytes");
    }
}

struct Utf8Scan {
    std::size_t firstInvalid = std::string_view::npos;
    bool hasMultiByte = false;
};

Utf8Scan scanUtf8(std::string_view bytes) {
    Utf8Scan scan;
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(bytes.size());
    for (int32_t i = 0; i < length;) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c < 0) {
            if (scan.firstInvalid == std::string_view::npos) {
                scan.firstInvalid = static_cast<std::size_t>(start);
            }
        } else {
            scan.hasMultiByte = true;
        }
    }
    return scan;
}

using ConverterPtr = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

/// Converts with ICU, refusing (rather than replacing) bytes the encoding does not define.
std::string convertToUtf8(std::string_view bytes, const char* encoding, const std::string& inputName) {
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(encoding, &status), &ucnv_close);
    if (U_SUCCESS(status)) {
        ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    }
    std::u16string utf16(bytes.size() + 1, u'\0');
    int32_t length = 0;
    if (U_SUCCESS(status)) {
        length = ucnv_toUChars(converter.get(), utf16.data(), static_cast<int32_t>(utf16.size()), bytes.data(),
                               static_cast<int32_t>(bytes.size()), &status);
    }
    if (U_FAILURE(status)) {
        throw InputError(InputProblem::InvalidEncoding, inputName,
                         std::string("cannot be decoded as ") + encoding + " (" + u_errorName(status) + ")");
    }
    std::string utf8;
    icu::UnicodeString(false, utf16.data(), length).toUTF8String(utf8);
    return utf8;
}

bool isAcceptedLegacyCharset(std::string_view name) {
    return name.starts_with("ISO-8859-") || name.starts_with("windows-125") || name.starts_with("KOI8-");
}

bool isWesternLatinCharset(std::string_view name) {
    return name == "ISO-8859-1" || name == "windows-1252" || name == "ISO-8859-15";
}

bool isPrintableWindows1252High(unsigned char c) {
    if (c >= 0xA0) {
        return true;
    }
    // 0x80-0x9F: curly quotes, dashes, € and a few letters; five positions are unassigned.
    return c >= 0x80 && c != 0x81 && c != 0x8D && c != 0x8F && c != 0x90 && c != 0x9D;
}

/// Latin-script text in an 8-bit Western encoding: mostly ASCII letters, every high byte printable.
bool looksLikeWesternLatin(std::string_view bytes) {
    std::size_t asciiLetters = 0;
    std::size_t high = 0;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80) {
            if (!isPrintableWindows1252High(c)) {
                return false;
            }
            ++high;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            ++asciiLetters;
        }
    }
    return high > 0 && asciiLetters >= 3 * high;
}

struct CharsetGuess {
    std::string name;
    int32_t confidence = 0;
};

/// The two best matches among the 8-bit charsets Annalist accepts, best first.
std::pair<CharsetGuess, CharsetGuess> detectLegacyCharset(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    const std::string_view sample = bytes.substr(0, kSniffBytes);
    ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
    std::pair<CharsetGuess, CharsetGuess> best;
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        const char* name = ucsdet_getName(matches[i], &status);
        const int32_t confidence = ucsdet_getConfidence(matches[i], &status);
        if (U_FAILURE(status) || name == nullptr || !isAcceptedLegacyCharset(name)) {
            continue;
        }
        if (confidence > best.first.confidence) {
            best.second = std::exchange(best.first, CharsetGuess{name, confidence});
        } else if (confidence > best.second.confidence) {
            best.second = {name, confidence};
        }
    }
    return best;
}

std::string chooseLegacyCharset(std::string_view bytes, std::size_t firstInvalid, const std::string& inputName) {
    const auto [best, runnerUp] = detectLegacyCharset(bytes);
    // ICU rarely goes above 50 on a few paragraphs; a clear lead over the next charset is as telling.
    if (best.confidence >= kConfidentMatch ||
        (best.confidence >= kLikelyMatch && best.confidence - runnerUp.confidence >= kClearLead)) {
        return best.name;
    }
    if (looksLikeWesternLatin(bytes)) {
        return isWesternLatinCharset(best.name) && best.confidence >= kLatinHintMatch ? best.name : "windows-1252";
    }
    throw InputError(InputProblem::InvalidEncoding, inputName,
                     "not UTF-8 (first invalid byte at offset " + std::to_string(firstInvalid) +
                         ") and no other encoding detected with confidence");
}

std::string normaliseLineEndings(std::string_view text) {
    std::string result;
    result.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            result += text[i];
        } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
            result += '\n';
        }
    }
    return result;
}

DecodedText decodeByBom(std::string_view bytes, const Bom& bom, const std::string& inputName) {
    const std::string_view body = bytes.substr(bom.bytes.size());
    DecodedText decoded{convertToUtf8(body, bom.encoding, inputName), bom.encoding};
    // Decoded UTF-16/32 can still hide NULs and control characters of a binary payload.
    rejectBinary(decoded.utf8, inputName);
    return decoded;
}

DecodedText decodeUnmarked(std::string_view bytes, bool hadUtf8Bom, const std::string& inputName) {
    rejectBinary(bytes, inputName);
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.firstInvalid == std::string_view::npos) {
        return {std::string(bytes), "UTF-8"};
    }
    const std::size_t offset = scan.firstInvalid + (hadUtf8Bom ? 3 : 0);
    if (scan.hasMultiByte || hadUtf8Bom) {
        // Well-formed multi-byte sequences elsewhere mean the file is UTF-8 that got damaged, not
        // another encoding; guessing would silently garble it.
        throw InputError(InputProblem::InvalidEncoding, inputName,
                         "invalid UTF-8 byte sequence at byte offset " + std::to_string(offset));
    }
    const std::string charset = chooseLegacyCharset(bytes, offset, inputName);
    return {convertToUtf8(bytes, charset.c_str(), inputName), charset};
}

} // namespace

DecodedText decodeText(std::string_view bytes, const std::string& inputName) {
    if (std::all_of(bytes.begin(), bytes.end(), isAsciiWhitespace)) {
        throw InputError(InputProblem::Empty, inputName,
                         bytes.empty() ? "the file has no content" : "only white space");
    }
    const Bom* bom = findBom(bytes);
    DecodedText decoded;
    if (bom != nullptr && std::string_view(bom->encoding) != "UTF-8") {
        decoded = decodeByBom(bytes, *bom, inputName);
    } else {
        const bool hadUtf8Bom = bom != nullptr;
        decoded = decodeUnmarked(hadUtf8Bom ? bytes.substr(3) : bytes, hadUtf8Bom, inputName);
    }
    decoded.utf8 = toNfc(normaliseLineEndings(decoded.utf8));
    if (isBlankUtf8(decoded.utf8)) {
        throw InputError(InputProblem::Empty, inputName, "only white space");
    }
    return decoded;
}

} // namespace annalist::core
