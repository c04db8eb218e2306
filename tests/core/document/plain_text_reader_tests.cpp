// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/document/article_reader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace annalist::core;

namespace {

std::string readSeed() {
    std::ifstream in(ANNALIST_SEED_ARTICLE, std::ios::binary);
    REQUIRE(in);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

std::vector<std::string> nonBlankLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.find_first_not_of(" \t\r") != std::string::npos) {
            lines.push_back(line);
        }
    }
    return lines;
}

std::size_t countKind(const Article& article, BlockKind kind) {
    return static_cast<std::size_t>(std::count_if(article.blocks.begin(), article.blocks.end(),
                                                  [kind](const Block& block) { return block.kind == kind; }));
}

const std::string kBody = "Il vertice si è chiuso con una dichiarazione comune sui commerci e sulla sicurezza.";

} // namespace

TEST_CASE("The model article reads with its date, headline, sub-heading and paragraphs", "[document][plain]") {
    const Article article = readArticleFile(ANNALIST_SEED_ARTICLE);
    CHECK(article.published == PartialDate{2024, 6, 0});
    CHECK(article.title == "Vladimir Putin rafforza i rapporti diplomatici in estremo Oriente. "
                           "Dopo la visita in Corea del Nord, arriva in Vietnam.");
    REQUIRE(article.blocks.size() > 5);
    CHECK(article.blocks.front().kind == BlockKind::Title);
    CHECK(article.blocks.front().text == article.title);
    REQUIRE(countKind(article, BlockKind::Heading) == 1);
    const auto heading = std::find_if(article.blocks.begin(), article.blocks.end(),
                                      [](const Block& block) { return block.kind == BlockKind::Heading; });
    CHECK(heading->text == "La preoccupazione dell’Occidente e il rischio nucleare");
    CHECK(countKind(article, BlockKind::Paragraph) == article.blocks.size() - 2);
    CHECK(article.sourceEncoding == "UTF-8");
    CHECK(article.language.empty());
}

TEST_CASE("The model article text starts with the headline and keeps every paragraph", "[document][plain]") {
    const Article article = readArticleFile(ANNALIST_SEED_ARTICLE);
    const std::string text = article.text();
    CHECK(text.rfind("Vladimir Putin rafforza", 0) == 0);
    const std::vector<std::string> lines = nonBlankLines(readSeed());
    REQUIRE(lines.size() > 5);
    CHECK(article.blocks.size() == lines.size());
    for (std::size_t i = 1; i < lines.size(); ++i) {
        INFO(lines[i]);
        CHECK(text.find(lines[i]) != std::string::npos);
        CHECK(article.blocks[i].text == lines[i]);
    }
}

TEST_CASE("A date header on its own line is read and not shown", "[document][plain]") {
    const Article article = readPlainText("date 2024-06-19\n\nVertice a Hanoi\n\n" + kBody);
    CHECK(article.published == PartialDate{2024, 6, 19});
    CHECK(article.title == "Vertice a Hanoi");
    REQUIRE(article.blocks.size() == 2);
    CHECK(article.blocks[1] == Block{BlockKind::Paragraph, kBody});
}

TEST_CASE("Date header variants", "[document][plain]") {
    CHECK(readPlainText("data 2024/06\nTitolo breve\n\n" + kBody).published == PartialDate{2024, 6, 0});
    CHECK(readPlainText("Date: 19/06/2024\n\nTitolo\n\n" + kBody).published == PartialDate{2024, 6, 19});
    CHECK(readPlainText("data: 19 giugno 2024\n\nTitolo\n\n" + kBody).published == PartialDate{2024, 6, 19});
    CHECK(readPlainText("date June 19, 2024 Summit in Hanoi\n\n" + kBody).published == PartialDate{2024, 6, 19});
    const Article sameLine = readPlainText("  data 19 giugno 2024 Vertice a Hanoi\n\n" + kBody);
    CHECK(sameLine.published == PartialDate{2024, 6, 19});
    CHECK(sameLine.title == "Vertice a Hanoi");
    const Article withColon = readPlainText("Data: 2024-06-19 Vertice a Hanoi\n\n" + kBody);
    CHECK(withColon.published == PartialDate{2024, 6, 19});
    CHECK(withColon.title == "Vertice a Hanoi");
}

TEST_CASE("A sentence starting with 'Data' is not a date header", "[document][plain]") {
    const Article article = readPlainText("Data la situazione, il governo ha deciso di rinviare il voto.\n\n" + kBody);
    CHECK_FALSE(article.published.isValid());
    CHECK(article.blocks.front().text == "Data la situazione, il governo ha deciso di rinviare il voto.");
}

TEST_CASE("Key-value headers fill the metadata", "[document][plain]") {
    const Article article = readPlainText("title: Vertice a Hanoi\nsource: Cronache\nurl: https://example.org/a\n"
                                          "author: Maria Rossi\ndate: 2024-06-20\nlanguage: IT\n\n" +
                                          kBody + "\n\nSecondo paragrafo.");
    CHECK(article.title == "Vertice a Hanoi");
    CHECK(article.source == "Cronache");
    CHECK(article.url == "https://example.org/a");
    CHECK(article.byline == "Maria Rossi");
    CHECK(article.published == PartialDate{2024, 6, 20});
    CHECK(article.language == "it");
    REQUIRE(article.blocks.size() == 3);
    CHECK(article.blocks[0] == Block{BlockKind::Title, "Vertice a Hanoi"});
    CHECK(article.blocks[1].kind == BlockKind::Paragraph);
}

TEST_CASE("Italian header keys are understood", "[document][plain]") {
    const Article article = readPlainText("Titolo: Il patto\nFonte: Il Giornale\nAutore: Luca Bianchi\n"
                                          "Lingua: italiano\n\n" +
                                          kBody);
    CHECK(article.title == "Il patto");
    CHECK(article.source == "Il Giornale");
    CHECK(article.byline == "Luca Bianchi");
    CHECK(article.language == "it");
}

TEST_CASE("With a title header the first line is not taken as the headline", "[document][plain]") {
    const Article article = readPlainText("title: Il titolo vero\n\nUna riga breve.\n\n" + kBody);
    REQUIRE(article.blocks.size() == 3);
    CHECK(article.blocks[0] == Block{BlockKind::Title, "Il titolo vero"});
    CHECK(article.blocks[1] == Block{BlockKind::Paragraph, "Una riga breve."});
    CHECK(countKind(article, BlockKind::Title) == 1);
}

TEST_CASE("A long first paragraph is not a headline", "[document][plain]") {
    const std::string longLine = std::string(30, 'x') + " " + kBody + " " + kBody + " " + kBody;
    REQUIRE(longLine.size() > 220);
    const Article article = readPlainText(longLine + "\n\n" + kBody);
    CHECK(article.title.empty());
    CHECK(countKind(article, BlockKind::Title) == 0);
    CHECK(article.blocks.front().kind == BlockKind::Paragraph);
}

TEST_CASE("Headline heuristics need a single line followed by more text", "[document][plain]") {
    SECTION("a wrapped first paragraph") {
        const Article article = readPlainText("Il vertice si è chiuso\ncon una dichiarazione comune.\n\n" + kBody);
        CHECK(article.title.empty());
        CHECK(article.blocks.front().text == "Il vertice si è chiuso con una dichiarazione comune.");
    }
    SECTION("a lone paragraph") {
        const Article article = readPlainText(kBody);
        CHECK(article.title.empty());
        REQUIRE(article.blocks.size() == 1);
        CHECK(article.blocks[0].kind == BlockKind::Paragraph);
    }
    SECTION("a lead-in ending with a colon") {
        CHECK(readPlainText("Ecco cosa ha detto il ministro:\n\n" + kBody).title.empty());
    }
    SECTION("a short first line") {
        CHECK(readPlainText("Vertice a Hanoi\n\n" + kBody).title == "Vertice a Hanoi");
    }
}

TEST_CASE("Paragraph lines are joined and white space collapsed", "[document][plain]") {
    const Article article = readPlainText("\n\n  Titolo\r\n\r\nPrima riga,\r\n  seconda\t\triga.  \n\n\n\nUltimo.\n");
    REQUIRE(article.blocks.size() == 3);
    CHECK(article.blocks[1].text == "Prima riga, seconda riga.");
    CHECK(article.blocks[2].text == "Ultimo.");
    CHECK(article.text() == "Titolo\n\nPrima riga, seconda riga.\n\nUltimo.");
}

TEST_CASE("Short unpunctuated lines between paragraphs become sub-headings", "[document][plain]") {
    const Article article = readPlainText("Titolo\n\n" + kBody + "\n\nLe reazioni internazionali\n\n" + kBody +
                                          "\n\nuna riga minuscola senza punto\n\n" + kBody +
                                          "\n\nUna frase breve con punto.\n\n" + kBody + "\n\nUltima riga breve");
    REQUIRE(article.blocks.size() == 9);
    CHECK(article.blocks[2] == Block{BlockKind::Heading, "Le reazioni internazionali"});
    CHECK(article.blocks[4].kind == BlockKind::Paragraph);
    CHECK(article.blocks[6].kind == BlockKind::Paragraph);
    CHECK(article.blocks[8].kind == BlockKind::Paragraph); // the last block is never a heading
    CHECK(countKind(article, BlockKind::Heading) == 1);
}

TEST_CASE("Decomposed accents come out composed", "[document][plain]") {
    const Article article = readPlainText("Citta\xCC\x80 di Forli\xCC\x80\n\n" + kBody);
    CHECK(article.title == "Città di Forlì");
}
