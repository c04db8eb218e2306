// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/tokenizer.h"
#include "ner/word_scanner.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using annalist::core::ner::icuWordTokens;
using annalist::core::ner::scanWordTokens;
using annalist::core::ner::TokenSpan;

namespace {

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string utf8(char32_t c) {
    std::string out;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

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
    std::vector<std::filesystem::path> files{ANNALIST_SEED_ARTICLE};
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::path(ANNALIST_RESOURCE_DIR) / "samples")) {
        files.push_back(entry.path());
    }
    std::string all;
    for (const auto& file : files) {
        const std::string text = readFile(file);
        INFO(file.string());
        CHECK(agreesWithIcu(text));
        all += text;
    }
    CHECK(agreesWithIcu(all));
}

TEST_CASE("The word scanner agrees with ICU on random mixtures of tricky characters", "[ner][tokenizer]") {
    std::mt19937 random(19062024);
    std::uniform_int_distribution<std::size_t> pick(0, kInteresting.size() - 1);
    std::uniform_int_distribution<int> length(1, 24);
    int scanned = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        for (int i = length(random); i > 0; --i) {
            text += utf8(kInteresting[pick(random)]);
        }
        scanned += agreesWithIcu(text) ? 1 : 0;
    }
    CHECK(scanned > 15000);
}

TEST_CASE("The word scanner agrees with ICU on every code point it accepts", "[ner][tokenizer]") {
    std::mt19937 random(2024);
    std::uniform_int_distribution<std::size_t> pick(0, kInteresting.size() - 1);
    int accepted = 0;
    for (char32_t c = 1; c < 0x3000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) {
            continue;
        }
        // Alone, and between the characters it might join or split.
        const std::string around = utf8(kInteresting[pick(random)]) + utf8(c) + utf8(kInteresting[pick(random)]);
        const bool alone = agreesWithIcu(utf8(c));
        accepted += alone ? 1 : 0;
        if (alone) {
            agreesWithIcu("ab" + utf8(c) + "cd 12" + utf8(c) + "34 " + around + utf8(c) + utf8(c) + "x");
        }
    }
    CHECK(accepted > 5000);
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

TEST_CASE("The word scanner leaves to ICU what it does not know", "[ner][tokenizer]") {
    CHECK_FALSE(scanWordTokens("Forli\u0300 e Roma"));
    CHECK_FALSE(scanWordTokens("\U0001F600 Roma"));
    CHECK_FALSE(scanWordTokens("\xE6\x9D\xB1\xE4\xBA\xAC"));
    CHECK_FALSE(scanWordTokens("bad \xC3 byte"));
    CHECK_FALSE(scanWordTokens("soft\u00ADhyphen"));
    CHECK(scanWordTokens("Città di Forlì, 1.000,50 €"));
}
