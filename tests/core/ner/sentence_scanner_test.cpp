// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/sentence_scanner.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using annalist::core::ner::icuSentenceEnds;
using annalist::core::ner::scanSentenceEnds;

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
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

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
    std::mt19937 random(30112026);
    std::uniform_int_distribution<std::size_t> pick(0, kInteresting.size() - 1);
    std::uniform_int_distribution<int> length(1, 30);
    int scanned = 0;
    for (int round = 0; round < 30000; ++round) {
        std::string text;
        for (int i = length(random); i > 0; --i) {
            text += utf8(kInteresting[pick(random)]);
        }
        scanned += agreesWithIcu(text) ? 1 : 0;
    }
    CHECK(scanned > 15000);
}

TEST_CASE("The sentence scanner agrees with ICU around every code point it accepts", "[ner][tokenizer]") {
    std::mt19937 random(2026);
    std::uniform_int_distribution<std::size_t> pick(0, kInteresting.size() - 1);
    int accepted = 0;
    for (char32_t c = 1; c < 0x3000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) {
            continue;
        }
        const std::string around = utf8(kInteresting[pick(random)]) + utf8(c) + utf8(kInteresting[pick(random)]);
        const bool alone = agreesWithIcu(utf8(c));
        accepted += alone ? 1 : 0;
        if (alone) {
            agreesWithIcu("ab. " + utf8(c) + " cd" + utf8(c) + ". x " + around + ". " + utf8(c) + "z");
        }
    }
    CHECK(accepted > 5000);
}

TEST_CASE("The sentence scanner leaves to ICU what it does not know", "[ner][tokenizer]") {
    CHECK_FALSE(scanSentenceEnds("Forli\u0300. Roma"));
    CHECK_FALSE(scanSentenceEnds("\U0001F600 Roma."));
    CHECK_FALSE(scanSentenceEnds("bad \xC3 byte."));
    CHECK_FALSE(scanSentenceEnds("soft\u00ADhyphen."));
    CHECK(scanSentenceEnds("Città di Forlì. «Sì», disse."));
}
