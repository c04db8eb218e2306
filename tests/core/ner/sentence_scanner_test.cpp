// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/sentence_scanner.h"

#include "scanner_test_support.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

using annalist::core::ner::icuSentenceEnds;
using annalist::core::ner::scanSentenceEnds;

using annalist::test::utf8;

namespace {

/// True when the scanner handled the text, and then it must end sentences exactly where ICU does.
bool agreesWithIcu(const std::string& text) {
    const auto scanned = scanSentenceEnds(text);
    if (!scanned) {
        return false;
    }
    INFO("text: " << text);
    REQUIRE(*scanned == icuSentenceEnds(text));
    return true;
}

// Characters whose sentence-break classes interact: letters of both cases and of no case, digits, full stops and
// other terminators, closing marks, continuation marks, spaces and every kind of line break.
const std::vector<char32_t> kInteresting{
    'a',    'Z',    'e',    'I',    'x',    '0',    '7',    '.',    ',',    ';',    ':',    '\'',   '"',
    '-',    ' ',    ' ',    ' ',    '\t',   '\n',   '\r',   '(',    ')',    '[',    '?',    '!',    0x00A0,
    0x00AB, 0x00BB, 0x00AA, 0x00C0, 0x00E8, 0x00DF, 0x01C5, 0x02BC, 0x0387, 0x037E, 0x03A9, 0x03C9, 0x0416,
    0x0589, 0x055D, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2024, 0x2026, 0x2028, 0x2029,
    0x202F, 0x203C, 0x2047, 0x0085, 0x000B, 0x000C, 0x05D0, 0x0660, 0x06D4, 0x0964, 0x3002};

} // namespace

TEST_CASE("The sentence scanner ends the sample articles' sentences exactly where ICU does", "[ner][tokenizer]") {
    for (const auto& [label, text] : annalist::test::sampleArticles()) {
        INFO(label);
        CHECK(agreesWithIcu(text));
    }
}

TEST_CASE("The sentence scanner agrees with ICU on abbreviations, numbers, quotations and paragraphs",
          "[ner][tokenizer]") {
    for (const std::string text :
         {"Il sig. Rossi è arrivato. Poi è partito.", "The U.S. Army said so. Then it left.", "Pi is 3.14 today.",
          "«Basta!» ha detto. «Andiamo?» Sì.", "He said: \"Go.\" Then (quietly) left.", "Why? Because.\n\nNext",
          "Fine.\r\nNew line", "etc. and so on", "A. B. Smith left.", "Wait... what?! Really.", "End.", "", " ",
          "No stop at all", "Title\nBody text. More.", "“Quoted.” Next one.", "e.g., this. Or that!"}) {
        CHECK(agreesWithIcu(text));
    }
}

TEST_CASE("The sentence scanner agrees with ICU on random mixtures of tricky characters", "[ner][tokenizer]") {
    CHECK(annalist::test::randomTextsAccepted(kInteresting, 30112026, 30000, 30, agreesWithIcu) > 15000);
}

TEST_CASE("The sentence scanner agrees with ICU around every code point it accepts", "[ner][tokenizer]") {
    const auto context = [](const std::string& c, const std::string& around) {
        return "ab. " + c + " cd" + c + ". x " + around + ". " + c + "z";
    };
    CHECK(annalist::test::codePointsAccepted(kInteresting, 2026, agreesWithIcu, context) > 5000);
}

TEST_CASE("The sentence scanner leaves to ICU what it does not know", "[ner][tokenizer]") {
    CHECK_FALSE(scanSentenceEnds("Forli\u0300. Roma"));
    CHECK_FALSE(scanSentenceEnds("\U0001F600 Roma."));
    CHECK_FALSE(scanSentenceEnds("bad \xC3 byte."));
    CHECK_FALSE(scanSentenceEnds("soft\u00ADhyphen."));
    CHECK(scanSentenceEnds("Città di Forlì. «Sì», disse."));
}
