// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/text/unicode.h"

#include <catch2/catch.hpp>

using namespace annalist::core;

TEST_CASE("UTF-8 validation accepts well-formed text and rejects damaged sequences", "[text][unicode]") {
    CHECK(isValidUtf8(""));
    CHECK(isValidUtf8("Città di Forlì \xF0\x9F\x87\xAE\xF0\x9F\x87\xB9"));
    CHECK_FALSE(isValidUtf8("Citt\xE0"));         // ISO-8859-1 byte
    CHECK_FALSE(isValidUtf8("\xC3\x28"));         // lead byte without continuation
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));         // overlong '/'
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));     // UTF-16 surrogate
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // beyond U+10FFFF
    CHECK_FALSE(isValidUtf8("abc\xE2\x80"));      // truncated at the end
}

TEST_CASE("Code points are counted, not bytes", "[text][unicode]") {
    CHECK(codePointCount("") == 0);
    CHECK(codePointCount("Hanoi") == 5);
    CHECK(codePointCount("Città") == 5);
    CHECK(codePointCount("L’Aia") == 5);
    CHECK(codePointCount("ok 👍") == 4);
}

TEST_CASE("Code point index maps byte offsets of accented letters and emoji both ways", "[text][unicode]") {
    const std::string text = "è 👍 Forlì!"; // è=2 bytes, 👍=4 bytes, ì=2 bytes
    const CodePointIndex index(text);
    REQUIRE(index.size() == 10);
    CHECK(index.toByte(0) == 0);
    CHECK(index.toByte(1) == 2); // the space after è
    CHECK(index.toByte(2) == 3); // 👍
    CHECK(index.toByte(3) == 7); // space after the emoji
    CHECK(index.toByte(9) == text.size() - 1);
    CHECK(index.toByte(10) == text.size());
    CHECK(index.toCodePoint(0) == 0);
    CHECK(index.toCodePoint(3) == 2);
    CHECK(index.toCodePoint(7) == 3);
    CHECK(index.toCodePoint(text.size()) == 10);
    // A byte inside a character belongs to that character.
    CHECK(index.toCodePoint(5) == 2);
    for (std::size_t cp = 0; cp <= index.size(); ++cp) {
        CHECK(index.toCodePoint(index.toByte(cp)) == cp);
    }
}

TEST_CASE("Code point index of an empty string has one end position", "[text][unicode]") {
    const CodePointIndex index("");
    CHECK(index.size() == 0);
    CHECK(index.toByte(0) == 0);
    CHECK(index.toCodePoint(0) == 0);
}

TEST_CASE("Substrings are cut at code point offsets", "[text][unicode]") {
    const std::string text = "La città di Forlì 👍 ok";
    CHECK(substrCodePoints(text, 3, 8) == "città");
    CHECK(substrCodePoints(text, 12, 17) == "Forlì");
    CHECK(substrCodePoints(text, 18, 19) == "👍");
    CHECK(substrCodePoints(text, 20, 22) == "ok");
    CHECK(substrCodePoints(text, 20, 99) == "ok");
    CHECK(substrCodePoints(text, 5, 5).empty());
    CHECK(substrCodePoints(text, 8, 3).empty());
}

TEST_CASE("NFC composes decomposed accents and leaves composed text alone", "[text][unicode]") {
    const std::string decomposed = "Citta\xCC\x80 di Forli\xCC\x80"; // a + U+0300, i + U+0300
    CHECK(toNfc(decomposed) == "Città di Forlì");
    CHECK(toNfc("Città di Forlì") == "Città di Forlì");
    CHECK(toNfc("plain ascii") == "plain ascii");
    CHECK(toNfc("") == "");
    CHECK(codePointCount(toNfc(decomposed)) == 14);
}

TEST_CASE("Folding for matching removes case and accents and unifies apostrophes", "[text][unicode]") {
    CHECK(foldForMatching("Città") == "citta");
    CHECK(foldForMatching("L’Aia") == "l'aia");
    CHECK(foldForMatching("ÉTATS-UNIS") == "etats-unis");
    CHECK(foldForMatching("Forli\xCC\x80") == "forli"); // already decomposed input
    CHECK(foldForMatching("dell‘Occidente") == "dell'occidente");
    CHECK(foldForMatching("Hawaiʼi") == "hawai'i");
    CHECK(foldForMatching("l`Europa") == "l'europa");
    CHECK(foldForMatching("Straße") == "strasse");
    CHECK(foldForMatching("Kim Jong-un") == "kim jong-un");
    CHECK(foldForMatching("") == "");
}

TEST_CASE("Folding keeps letters of non-Latin scripts", "[text][unicode]") {
    CHECK(foldForMatching("Москва") == "москва");
    CHECK(foldForMatching("Ελλάδα") == "ελλαδα");
}
