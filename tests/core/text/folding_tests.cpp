// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/text/unicode.h"

#include <catch2/catch.hpp>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <random>
#include <string>
#include <vector>

using annalist::core::foldForMatching;

namespace {

/// Folding as defined: case folding, decomposition, marks removed, apostrophes unified, recomposition.
std::string reference(const std::string& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
    text.foldCase();
    const icu::UnicodeString decomposed = nfd->normalize(text, status);
    icu::UnicodeString stripped;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) != U_NON_SPACING_MARK) {
            const bool apostrophe = c == 0x2019 || c == 0x2018 || c == 0x02BC || c == '`';
            stripped.append(apostrophe ? UChar32{'\''} : c);
        }
    }
    std::string result;
    nfc->normalize(stripped, status).toUTF8String(result);
    REQUIRE(U_SUCCESS(status));
    return result;
}

std::string utf8(UChar32 c) {
    std::string out;
    icu::UnicodeString(c).toUTF8String(out);
    return out;
}

} // namespace

TEST_CASE("Folding agrees with the full Unicode pipeline on every Latin code point", "[text][unicode]") {
    for (UChar32 c = 1; c < 0x800; ++c) {
        INFO("U+" << std::hex << c);
        REQUIRE(foldForMatching(utf8(c)) == reference(utf8(c)));
        REQUIRE(foldForMatching("A" + utf8(c) + "e") == reference("A" + utf8(c) + "e"));
    }
}

TEST_CASE("Folding agrees with the full Unicode pipeline on random words", "[text][unicode]") {
    std::vector<UChar32> alphabet{'a',    'E',    'i',    'I',    'z',    '\'',   '`',    '-',    '.',
                                  '1',    0x2018, 0x2019, 0x02BC, 0x0301, 0x0308, 0x0327, 0x0345, 0x00DF,
                                  0x0130, 0x0131, 0x0149, 0x01C4, 0x01C5, 0x03A3, 0x03C2, 0x1E9E, 0x1EC5,
                                  0x0416, 0x2126, 0x212B, 0xFB01, 0x0041, 0x00C5};
    for (UChar32 c = 0xC0; c < 0x250; c += 3) {
        alphabet.push_back(c);
    }
    std::mt19937 random(99);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(1, 12);
    for (int round = 0; round < 20000; ++round) {
        std::string word;
        for (int i = length(random); i > 0; --i) {
            word += utf8(alphabet[pick(random)]);
        }
        INFO(word);
        REQUIRE(foldForMatching(word) == reference(word));
    }
}
