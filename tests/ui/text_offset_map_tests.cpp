// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/text_offset_map.h"

#include <QList>

#include <catch2/catch.hpp>

using annalist::core::Span;
using annalist::ui::TextOffsetMap;

TEST_CASE("offset map: BMP text maps offsets one to one within a block", "[offsets]") {
    TextOffsetMap map;
    // "Città di Roma" is 13 code points and 13 UTF-16 units; rendered after a 10-unit headline block.
    map.addBlock(0, QStringLiteral("Città di Roma"), 10);
    CHECK(map.toDocument(0) == 10);
    CHECK(map.toDocument(9) == 19);
    CHECK(map.toDocument(13) == 23);
    CHECK(map.toCodePoint(19) == 9u);
    CHECK(map.toDocumentRange(Span{9, 13}) == std::make_pair(19, 23));
}

TEST_CASE("offset map: characters outside the BMP count once in core and twice in Qt", "[offsets]") {
    TextOffsetMap map;
    // 😀 (U+1F600) and 𝔸 (U+1D538) are one code point each but a surrogate pair in UTF-16.
    const QString first = QStringLiteral("A\U0001F600 Kim 𝔸 Putin");
    REQUIRE(first.size() == 16);
    REQUIRE(first.toUcs4().size() == 14);
    map.addBlock(0, first, 0);
    // The second block starts after 14 code points and the two-code-point separator.
    map.addBlock(16, QStringLiteral("\U0001F30D Hanoi"), 40);

    SECTION("code point to document") {
        CHECK(map.toDocument(1) == 1);                                      // the emoji starts at 1
        CHECK(map.toDocument(2) == 3);                                      // the space after it is at 3, not 2
        CHECK(map.toDocumentRange(Span{3, 6}) == std::make_pair(4, 7));     // "Kim"
        CHECK(map.toDocumentRange(Span{9, 14}) == std::make_pair(11, 16));  // "Putin", after 𝔸
        CHECK(map.toDocumentRange(Span{18, 23}) == std::make_pair(43, 48)); // "Hanoi" in the second block
    }
    SECTION("document to code point") {
        CHECK(map.toCodePoint(3) == 2u);
        CHECK(map.toCodePoint(2) == 1u); // the low surrogate belongs to the emoji
        CHECK(map.toCodePoint(10) == 8u);
        CHECK(map.toCodePoint(43) == 18u);
    }
    SECTION("round trip over every code point") {
        for (std::size_t cp = 0; cp <= 14; ++cp) {
            const auto position = map.toDocument(cp);
            REQUIRE(position);
            CHECK(map.toCodePoint(*position) == cp);
        }
    }
}

TEST_CASE("offset map: separators and decoration are outside the article's blocks", "[offsets]") {
    TextOffsetMap map;
    map.addBlock(0, QStringLiteral("Title"), 0);
    // The dateline occupies document positions 6..20; the paragraph starts at code point 7.
    map.addBlock(7, QStringLiteral("Body text"), 21);
    CHECK_FALSE(map.toDocument(6)); // inside the "\n\n" separator
    CHECK(map.toDocument(5) == 5);  // the end of the title block
    CHECK(map.toDocument(7) == 21);
    CHECK_FALSE(map.toCodePoint(12)); // a dateline position
    CHECK_FALSE(map.toDocument(100));
    // A span running past its block is clipped at the block's end.
    CHECK(map.toDocumentRange(Span{2, 9}) == std::make_pair(2, 5));
    CHECK(map.blockCount() == 2);
}

TEST_CASE("offset map: a span over several blocks maps to one range per block", "[offsets]") {
    TextOffsetMap map;
    map.addBlock(0, QStringLiteral("Primo \U0001F600 blocco"), 5); // 14 code points, 15 units
    map.addBlock(16, QStringLiteral("Secondo"), 40);               // after a two-code-point separator
    map.addBlock(25, QStringLiteral("Terzo"), 60);
    using Ranges = std::vector<std::pair<int, int>>;
    CHECK(map.toDocumentRanges(Span{6, 26}) == Ranges{{11, 20}, {40, 47}, {60, 61}});
    CHECK(map.toDocumentRanges(Span{17, 20}) == Ranges{{41, 44}});
    // A span lying only in a separator or past the text shows nothing.
    CHECK(map.toDocumentRanges(Span{14, 16}).empty());
    CHECK(map.toDocumentRanges(Span{40, 50}).empty());
}
