// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/document/article_reader.h"

#include <catch2/catch.hpp>

using namespace annalist::core;

TEST_CASE("The Markdown fixture reads with front matter, headings and plain paragraphs", "[document][markdown]") {
    const Article article = readArticleFile(std::string(ANNALIST_TEST_DATA_DIR) + "/sample.md");
    CHECK(article.title == "Accordo sul grano nel Mar Nero");
    CHECK(article.published == PartialDate{2024, 5, 2});
    CHECK(article.source == "Cronache di prova");
    CHECK(article.byline == "Redazione Esteri");
    CHECK(article.language == "it");
    CHECK(article.sourceEncoding == "UTF-8");
    const std::vector<Block> expected = {
        {BlockKind::Title, "Accordo sul grano nel Mar Nero"},
        {BlockKind::Paragraph, "Le delegazioni si sono incontrate a Istanbul per discutere la ripresa delle "
                               "esportazioni di grano attraverso il Mar Nero."},
        {BlockKind::Heading, "Le condizioni"},
        {BlockKind::Paragraph, "Il testo prevede corridoi sicuri per le navi mercantili e controlli congiunti nei "
                               "porti, come spiegato nel comunicato ufficiale."},
        {BlockKind::Paragraph, "ispezioni condivise nei porti di partenza"},
        {BlockKind::Paragraph, "un centro di coordinamento a Istanbul"},
        {BlockKind::Paragraph, "Una nave cargo nel porto"},
        {BlockKind::Paragraph, "«È un primo passo», ha commentato un diplomatico."},
    };
    CHECK(article.blocks == expected);
}

TEST_CASE("Markdown inline marks are reduced to their text", "[document][markdown]") {
    const Article article =
        readMarkdown("Uno **forte**, uno *enfatico*, uno __forte__ e _enfatico_, `codice`, ~~barrato~~, "
                     "[un link](https://example.org/a_(b)) e ![immagine](x.png \"t\") e <https://example.org>.\n\n"
                     "snake_case_name resta, 2 * 3 * 4 resta, \\*letterale\\* e un [riferimento][1].\n\n"
                     "[1]: https://example.org/ref\n");
    REQUIRE(article.blocks.size() == 2);
    CHECK(article.blocks[0].text == "Uno forte, uno enfatico, uno forte e enfatico, codice, barrato, un link e "
                                    "immagine e https://example.org.");
    CHECK(article.blocks[1].text == "snake_case_name resta, 2 * 3 * 4 resta, *letterale* e un riferimento.");
}

TEST_CASE("The first level-1 heading is the title and leads the blocks", "[document][markdown]") {
    const Article article = readMarkdown("Occhiello iniziale.\n\n# Il titolo\n\nTesto.\n\n# Altro titolo\n\nFine.");
    CHECK(article.title == "Il titolo");
    REQUIRE(article.blocks.size() == 5);
    CHECK(article.blocks[0] == Block{BlockKind::Title, "Il titolo"});
    CHECK(article.blocks[1] == Block{BlockKind::Paragraph, "Occhiello iniziale."});
    CHECK(article.blocks[3] == Block{BlockKind::Heading, "Altro titolo"});
}

TEST_CASE("Markdown headings of every level and setext underlines", "[document][markdown]") {
    const Article article = readMarkdown("Titolo\n======\n\nTesto uno.\n\nSezione\n-------\n\n### Terzo livello ###\n\n"
                                         "#senza spazio non è un titolo\n\nFine.");
    CHECK(article.title == "Titolo");
    REQUIRE(article.blocks.size() == 6);
    CHECK(article.blocks[2] == Block{BlockKind::Heading, "Sezione"});
    CHECK(article.blocks[3] == Block{BlockKind::Heading, "Terzo livello"});
    CHECK(article.blocks[4] == Block{BlockKind::Paragraph, "#senza spazio non è un titolo"});
}

TEST_CASE("Markdown without a level-1 heading has no title", "[document][markdown]") {
    const Article article = readMarkdown("## Sezione\n\nTesto.");
    CHECK(article.title.empty());
    REQUIRE(article.blocks.size() == 2);
    CHECK(article.blocks[0].kind == BlockKind::Heading);
}

TEST_CASE("Markdown lists, quotes, code fences and breaks", "[document][markdown]") {
    const Article article = readMarkdown("1. primo punto\n   che continua\n2) secondo punto\n\n---\n\n"
                                         "> citazione\n> su due righe\n\n```\nlet x = 1;\n```\n\n"
                                         "<!-- nota\nnascosta -->\n\nFine.");
    const std::vector<Block> expected = {
        {BlockKind::Paragraph, "primo punto che continua"},
        {BlockKind::Paragraph, "secondo punto"},
        {BlockKind::Paragraph, "citazione su due righe"},
        {BlockKind::Paragraph, "let x = 1;"},
        {BlockKind::Paragraph, "Fine."},
    };
    CHECK(article.blocks == expected);
}

TEST_CASE("Front matter title replaces a matching heading and dates may carry a time", "[document][markdown]") {
    const Article article = readMarkdown("---\ntitle: 'Vertice'\ndate: \"2024-06-19T08:30:00Z\"\nlang: en-GB\n"
                                         "tags: [a, b]\n---\n# Vertice\n\nTesto.");
    CHECK(article.title == "Vertice");
    CHECK(article.published == PartialDate{2024, 6, 19});
    CHECK(article.language == "en");
    REQUIRE(article.blocks.size() == 2);
    CHECK(article.blocks[0] == Block{BlockKind::Title, "Vertice"});
}
