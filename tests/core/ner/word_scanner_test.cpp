// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/tokenizer.h"
#include "ner/word_scanner.h"

#include "scanner_test_support.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

using annalist::core::ner::icuWordTokens;
using annalist::core::ner::scanWordTokens;
using annalist::core::ner::TokenSpan;

using annalist::test::utf8;

namespace {

/// Every field the word pass sets, one line per token, so that a mismatch prints readably.
std::string describe(const std::vector<TokenSpan>& tokens, std::string_view text) {
    std::string out;
    for (const TokenSpan& t : tokens) {
        out += std::string(t.textIn(text)) + " " + std::to_string(t.start) + "-" + std::to_string(t.end) + " " +
               std::to_string(t.byteStart) + "-" + std::to_string(t.byteEnd) + " k" +
               std::to_string(static_cast<int>(t.kind)) + (t.capitalized ? " C" : "") + (t.allCaps ? " A" : "") +
               (t.spaceBefore ? " S" : "") + (t.apostrophe ? " '" : "") + "\n";
    }
    return out;
}

/// True when the scanner handled the text, and then it must agree with ICU on every token.
bool agreesWithIcu(const std::string& text) {
    const auto scanned = scanWordTokens(text);
    if (!scanned) {
        return false;
    }
    INFO("text: " << text);
    REQUIRE(describe(*scanned, text) == describe(icuWordTokens(text), text));
    return true;
}

// Characters whose word-break classes interact: letters of several scripts and cases, digits, the marks that
// join inside words or numbers, connectors, quotes, dashes and the various spaces and line breaks.
const std::vector<char32_t> kInteresting{
    'a',    'Z',    'e',    'I',    'x',    '0',    '7',    '.',    ',',    ';',    ':',    '\'',   '"',
    '_',    '-',    ' ',    ' ',    '\t',   '\n',   '\r',   '(',    ')',    '%',    '/',    '&',    '@',
    '#',    '$',    '?',    '!',    0x00A0, 0x00AB, 0x00BB, 0x00B7, 0x00B2, 0x00BA, 0x00AA, 0x00B5, 0x00C0,
    0x00E8, 0x00F9, 0x00DF, 0x0130, 0x0131, 0x01C5, 0x0149, 0x02BC, 0x0387, 0x037E, 0x03A9, 0x03C9, 0x0416,
    0x0436, 0x0589, 0x055F, 0x1E9E, 0x1EC5, 0x2002, 0x2007, 0x200B, 0x2010, 0x2011, 0x2013, 0x2014, 0x2018,
    0x2019, 0x201C, 0x201D, 0x201E, 0x2024, 0x2026, 0x2027, 0x2028, 0x202F, 0x203F, 0x2044, 0x2054, 0x205F,
    0x20AC, 0x2116, 0x2160, 0x0085, 0x000B, 0x000C, 0x2212};

} // namespace

TEST_CASE("The word scanner cuts the sample articles exactly as ICU does", "[ner][tokenizer]") {
    for (const auto& [label, text] : annalist::test::sampleArticles()) {
        INFO(label);
        CHECK(agreesWithIcu(text));
    }
}

TEST_CASE("The word scanner agrees with ICU on random mixtures of tricky characters", "[ner][tokenizer]") {
    CHECK(annalist::test::randomTextsAccepted(kInteresting, 19062024, 20000, 24, agreesWithIcu) > 15000);
}

TEST_CASE("The word scanner agrees with ICU on every code point it accepts", "[ner][tokenizer]") {
    // Alone, and between the characters it might join or split.
    const auto context = [](const std::string& c, const std::string& around) {
        return "ab" + c + "cd 12" + c + "34 " + around + c + c + "x";
    };
    CHECK(annalist::test::codePointsAccepted(kInteresting, 2024, agreesWithIcu, context) > 5000);
}

TEST_CASE("The word scanner agrees with ICU on random text over all the characters it accepts", "[ner][tokenizer]") {
    std::vector<char32_t> accepted;
    for (char32_t c = 1; c < 0x3000; ++c) {
        if ((c < 0xD800 || c > 0xDFFF) && scanWordTokens(utf8(c))) {
            accepted.push_back(c);
        }
    }
    std::mt19937 random(7);
    std::uniform_int_distribution<std::size_t> pickAny(0, accepted.size() - 1);
    std::uniform_int_distribution<std::size_t> pickTricky(0, kInteresting.size() - 1);
    std::uniform_int_distribution<int> length(1, 40);
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        for (int i = length(random); i > 0; --i) {
            text += utf8(random() % 2 == 0 ? accepted[pickAny(random)] : kInteresting[pickTricky(random)]);
        }
        REQUIRE(agreesWithIcu(text));
    }
}

TEST_CASE("The word scanner agrees with ICU where runs of plain spaces and ASCII letters meet other characters",
          "[ner][tokenizer]") {
    // Plain spaces before a wider space, a tab or a line break; ASCII letters and digits running into accented
    // letters, apostrophes, connectors and dots.
    for (const std::string text : {"a  \u2002b", "x \u205F\u205F y", "fine   ", "   start", "tab \tand  \nline",
                                   "nbsp \u00A0 here", "Perché 3D l'Italia dell\u2019Europa", "COVID-19 e H2O",
                                   "Zürich  Ärger éclat", "x_y9 Z@b.c", "U.S.A. 1.000,50 and 3.14", "MiXeD cAsE wORDS",
                                   "9a a9 _a a_", "/ \u202Fx", "\u202F9 \u202FAb", "A", " ", ""}) {
        INFO("text: " << text);
        CHECK(agreesWithIcu(text));
    }
}

TEST_CASE("The word scanner leaves to ICU what it does not know", "[ner][tokenizer]") {
    CHECK_FALSE(scanWordTokens("Forli\u0300 e Roma"));
    CHECK_FALSE(scanWordTokens("\U0001F600 Roma"));
    CHECK_FALSE(scanWordTokens("\xE6\x9D\xB1\xE4\xBA\xAC"));
    CHECK_FALSE(scanWordTokens("bad \xC3 byte"));
    CHECK_FALSE(scanWordTokens("soft\u00ADhyphen"));
    CHECK(scanWordTokens("Città di Forlì, 1.000,50 €"));
}
