// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/article.h"

#include <catch2/catch.hpp>

using namespace annalist::core;

TEST_CASE("Partial dates parse years, months and days", "[document][date]") {
    CHECK(PartialDate::parse("2024") == PartialDate{2024, 0, 0});
    CHECK(PartialDate::parse("2024-06") == PartialDate{2024, 6, 0});
    CHECK(PartialDate::parse("2024-06-19") == PartialDate{2024, 6, 19});
    CHECK(PartialDate::parse("2024/6/9") == PartialDate{2024, 6, 9});
    CHECK(PartialDate::parse("2024.06.19") == PartialDate{2024, 6, 19});
    CHECK(PartialDate::parse(" 2024-06 ") == PartialDate{2024, 6, 0});
    CHECK(PartialDate::parse("2024-02-29") == PartialDate{2024, 2, 29});
}

TEST_CASE("Partial dates reject malformed and out-of-range input", "[document][date]") {
    for (const char* text :
         {"", "24", "20245", "2024-", "2024-13", "2024-00", "2024-06-31", "2023-02-29", "2024-06-00", "2024-06/19",
          "2024-6-19-1", "giugno 2024", "2024-06-19T10:00", "abcd", "2024 06", "2024-123"}) {
        INFO(text);
        CHECK_FALSE(PartialDate::parse(text).has_value());
    }
}

TEST_CASE("Partial dates print only their known parts in ISO 8601", "[document][date]") {
    CHECK(PartialDate{2024, 0, 0}.toIso() == "2024");
    CHECK(PartialDate{2024, 6, 0}.toIso() == "2024-06");
    CHECK(PartialDate{2024, 6, 9}.toIso() == "2024-06-09");
    CHECK(PartialDate{812, 12, 25}.toIso() == "0812-12-25");
    CHECK(PartialDate{}.toIso().empty());
    CHECK(PartialDate{2024, 0, 5}.toIso().empty());
    CHECK(PartialDate{2024, 4, 31}.toIso().empty());
}

TEST_CASE("Partial date validity follows the calendar", "[document][date]") {
    CHECK(PartialDate{2024, 0, 0}.isValid());
    CHECK(PartialDate{2000, 2, 29}.isValid());
    CHECK_FALSE(PartialDate{1900, 2, 29}.isValid());
    CHECK_FALSE(PartialDate{0, 6, 1}.isValid());
    CHECK_FALSE(PartialDate{2024, 13, 0}.isValid());
    CHECK_FALSE(PartialDate{2024, -1, 0}.isValid());
}

TEST_CASE("Article text joins blocks with a blank line", "[document][article]") {
    Article article;
    CHECK(article.text().empty());
    article.blocks = {{BlockKind::Title, "Titolo"}, {BlockKind::Paragraph, "Uno."}, {BlockKind::Paragraph, "Due."}};
    CHECK(article.text() == "Titolo\n\nUno.\n\nDue.");
    CHECK(toString(BlockKind::Title) == "title");
    CHECK(toString(BlockKind::Heading) == "heading");
    CHECK(toString(BlockKind::Paragraph) == "paragraph");
}
