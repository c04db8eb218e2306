// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/error.h"
#include "annalist/core/text/encoding.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

using namespace annalist::core;

namespace {

std::string readFixture(const std::string& name) {
    std::ifstream in(std::string(ANNALIST_TEST_DATA_DIR) + "/" + name, std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

InputProblem problemOf(std::string_view bytes) {
    try {
        (void)decodeText(bytes, "input.txt");
    } catch (const InputError& error) {
        CHECK(error.inputName() == "input.txt");
        return error.problem();
    }
    FAIL("decodeText accepted the input");
    return InputProblem::Malformed;
}

std::string utf16le(std::u16string_view text, bool withBom) {
    std::string bytes = withBom ? std::string("\xFF\xFE") : std::string();
    for (const char16_t unit : text) {
        bytes += static_cast<char>(unit & 0xFF);
        bytes += static_cast<char>(unit >> 8);
    }
    return bytes;
}

} // namespace

TEST_CASE("Plain UTF-8 is returned as is", "[text][encoding]") {
    const DecodedText decoded = decodeText("Città di Forlì", "a.txt");
    CHECK(decoded.utf8 == "Città di Forlì");
    CHECK(decoded.encoding == "UTF-8");
}

TEST_CASE("A UTF-8 byte-order mark is removed", "[text][encoding]") {
    const DecodedText decoded = decodeText("\xEF\xBB\xBFHanoi è la capitale", "a.txt");
    CHECK(decoded.utf8 == "Hanoi è la capitale");
    CHECK(decoded.encoding == "UTF-8");
}

TEST_CASE("UTF-16 with a byte-order mark is converted", "[text][encoding]") {
    SECTION("little endian") {
        const DecodedText decoded = decodeText(utf16le(u"Città 👍\r\nok", true), "a.txt");
        CHECK(decoded.utf8 == "Città 👍\nok");
        CHECK(decoded.encoding == "UTF-16LE");
    }
    SECTION("big endian") {
        const std::string bytes("\xFE\xFF\x00H\x00\xE0", 6);
        const DecodedText decoded = decodeText(bytes, "a.txt");
        CHECK(decoded.utf8 == "Hà");
        CHECK(decoded.encoding == "UTF-16BE");
    }
}

TEST_CASE("UTF-16 without a byte-order mark is treated as binary", "[text][encoding]") {
    CHECK(problemOf(utf16le(u"Hanoi e Pyongyang", false)) == InputProblem::Binary);
}

TEST_CASE("ISO-8859-1 Italian text is detected and converted to UTF-8", "[text][encoding]") {
    SECTION("a short phrase") {
        const DecodedText decoded = decodeText("Citt\xE0 di Forl\xEC", "a.txt");
        CHECK(decoded.utf8 == "Città di Forlì");
        CHECK((decoded.encoding == "ISO-8859-1" || decoded.encoding == "windows-1252"));
    }
    SECTION("the committed fixture") {
        const DecodedText decoded = decodeText(readFixture("latin1.it.txt"), "latin1.it.txt");
        CHECK(decoded.encoding == "ISO-8859-1");
        CHECK(decoded.utf8.find("Nuova pista ciclabile tra Forlì e Cesena") != std::string::npos);
        CHECK(decoded.utf8.find("«È un'opera attesa") != std::string::npos);
        CHECK(decoded.utf8.find("giovedì") != std::string::npos);
    }
}

TEST_CASE("Windows-1252 curly quotes are decoded", "[text][encoding]") {
    const DecodedText decoded = decodeText("L\x92"
                                           "accordo \x93storico\x94 \xE8 stato firmato a Hanoi.",
                                           "a.txt");
    CHECK(decoded.utf8 == "L’accordo “storico” è stato firmato a Hanoi.");
    CHECK(decoded.encoding == "windows-1252");
}

TEST_CASE("Cyrillic windows-1251 text is detected", "[text][encoding]") {
    const std::string bytes =
        "\xCF\xF0\xE5\xE7\xE8\xE4\xE5\xED\xF2\x20\xD0\xEE\xF1\xF1\xE8\xE8\x20\xC2\xEB\xE0\xE4\xE8\xEC\xE8"
        "\xF0\x20\xCF\xF3\xF2\xE8\xED\x20\xEF\xF0\xE8\xE1\xFB\xEB\x20\xE2\xEE\x20\xC2\xFC\xE5\xF2\xED\xE0"
        "\xEC\x20\xEF\xEE\xF1\xEB\xE5\x20\xE2\xE8\xE7\xE8\xF2\xE0\x20\xE2\x20\xD1\xE5\xE2\xE5\xF0\xED\xF3"
        "\xFE\x20\xCA\xEE\xF0\xE5\xFE\x2E";
    const DecodedText decoded = decodeText(bytes, "ru.txt");
    CHECK(decoded.encoding == "windows-1251");
    CHECK(decoded.utf8 == "Президент России Владимир Путин прибыл во Вьетнам после визита в Северную Корею.");
}

TEST_CASE("High bytes that form no plausible text are refused", "[text][encoding]") {
    CHECK(problemOf("\xE9\xE8\xFA\xFB\xFC\xFD\xFE\xFF\xC0\xC1") == InputProblem::InvalidEncoding);
}

TEST_CASE("Damaged UTF-8 is refused with the offset of the first bad byte", "[text][encoding]") {
    const std::string bytes = "Città \xE0 Forlì";
    try {
        (void)decodeText(bytes, "broken.txt");
        FAIL("accepted damaged UTF-8");
    } catch (const InputError& error) {
        CHECK(error.problem() == InputProblem::InvalidEncoding);
        CHECK(std::string(error.what()).find("offset 7") != std::string::npos);
        CHECK(std::string(error.what()).find("broken.txt") == 0);
    }
    CHECK(problemOf(readFixture("invalid-utf8.txt")) == InputProblem::InvalidEncoding);
}

TEST_CASE("Binary data is refused", "[text][encoding]") {
    CHECK(problemOf(readFixture("binary.bin")) == InputProblem::Binary);
    CHECK(problemOf(std::string("text with a \0 NUL", 17)) == InputProblem::Binary);
    std::string controls = "abcdefghij";
    controls += "\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F";
    CHECK(problemOf(controls) == InputProblem::Binary);
    std::string lateNul(100 * 1024, 'a');
    lateNul[90 * 1024] = '\0';
    CHECK(problemOf(lateNul) == InputProblem::Binary);
}

TEST_CASE("A few control characters do not make text binary", "[text][encoding]") {
    std::string text(200, 'a');
    text += "\x1A"; // DOS end-of-file marker
    CHECK(decodeText(text, "a.txt").utf8.size() == 201);
    CHECK(decodeText("a\tb\fc", "a.txt").utf8 == "a\tb\fc");
}

TEST_CASE("Empty and white-space-only input is refused as empty", "[text][encoding]") {
    CHECK(problemOf("") == InputProblem::Empty);
    CHECK(problemOf(" \n\t\r\n ") == InputProblem::Empty);
    CHECK(problemOf("\xEF\xBB\xBF  \n") == InputProblem::Empty);
    CHECK(problemOf("\xC2\xA0\xE2\x80\x83\n") == InputProblem::Empty); // no-break and em spaces
    CHECK(problemOf(utf16le(u"  \n ", true)) == InputProblem::Empty);
    CHECK(problemOf(readFixture("empty.txt")) == InputProblem::Empty);
    CHECK(problemOf(readFixture("whitespace.txt")) == InputProblem::Empty);
}

TEST_CASE("Line endings become newlines and text becomes NFC", "[text][encoding]") {
    const DecodedText decoded = decodeText("uno\r\ndue\rtre\n\r\nCitta\xCC\x80", "a.txt");
    CHECK(decoded.utf8 == "uno\ndue\ntre\n\nCittà");
}

TEST_CASE("Error messages name the input and the problem", "[text][encoding]") {
    try {
        (void)decodeText("", "articles/x.txt");
        FAIL("accepted empty input");
    } catch (const InputError& error) {
        CHECK(std::string(error.what()).rfind("articles/x.txt: empty file", 0) == 0);
        CHECK(error.inputName() == "articles/x.txt");
    }
    CHECK(std::string(toString(InputProblem::TooLarge)) == "too large");
    CHECK(std::string(toString(InputProblem::InvalidEncoding)) == "invalid encoding");
}
