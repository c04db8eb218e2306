// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_fixture.h"

#include <annalist/core/export/markdown_export.h>

#include <catch2/catch.hpp>

#include <string>

using namespace annalist::core;
using annalist::core::test::ExportFixture;
using annalist::core::test::spanOf;

namespace {

std::size_t countOf(const std::string& haystack, const std::string& needle) {
    std::size_t count = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) {
        ++count;
    }
    return count;
}

/// The text from a `### ` heading to the next heading of any level.
std::string sectionOf(const std::string& markdown, const std::string& heading) {
    const std::size_t start = markdown.find(heading + "\n");
    REQUIRE(start != std::string::npos);
    const std::size_t end = markdown.find("\n#", start + heading.size());
    return markdown.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

} // namespace

TEST_CASE("Markdown starts with YAML front matter", "[export][markdown]") {
    ExportFixture fixture;
    const std::string md = exportMarkdown(fixture.article, fixture.annotation);
    const std::string expected = "---\n"
                                 "title: \"Putin a Hanoi\"\n"
                                 "date: \"2024-06\"\n"
                                 "source: \"La \\\"Gazzetta\\\" \\\\ Sera\"\n"
                                 "language: \"it\"\n"
                                 "url: \"https://example.org/a?b=1#c\"\n"
                                 "---\n\n"
                                 "# Putin a Hanoi\n";
    CHECK(md.rfind(expected, 0) == 0);
}

TEST_CASE("Markdown front matter omits empty fields but keeps the title", "[export][markdown]") {
    ExportFixture fixture;
    fixture.article.title.clear();
    fixture.article.source.clear();
    fixture.article.url.clear();
    fixture.article.published = PartialDate{};
    const std::string md = exportMarkdown(fixture.article, fixture.annotation);
    CHECK(md.rfind("---\ntitle: \"\"\nlanguage: \"it\"\n---\n", 0) == 0);
    CHECK(md.find("source:") == std::string::npos);
    CHECK(md.find("date:") == std::string::npos);
}

TEST_CASE("Markdown front matter escapes line breaks and control characters", "[export][markdown]") {
    ExportFixture fixture;
    fixture.article.title = "Line one\nline\ttwo: #not a comment";
    const std::string md = exportMarkdown(fixture.article, fixture.annotation);
    CHECK(md.find("title: \"Line one\\nline\\ttwo: #not a comment\"\n") != std::string::npos);
    CHECK(md.find("# Line one line two: \\#not a comment\n") != std::string::npos);
}

TEST_CASE("Markdown has one section per entity type in a fixed order", "[export][markdown]") {
    ExportFixture fixture;
    const std::string md = exportMarkdown(fixture.article, fixture.annotation);
    const std::size_t people = md.find("\n## People\n");
    const std::size_t places = md.find("\n## Places\n");
    const std::size_t organisations = md.find("\n## Organisations\n");
    const std::size_t treaties = md.find("\n## Treaties\n");
    const std::size_t quotes = md.find("\n## Quotes\n");
    REQUIRE(people != std::string::npos);
    CHECK(people < places);
    CHECK(places < organisations);
    CHECK(organisations < treaties);
    CHECK(treaties < quotes);
    CHECK(quotes != std::string::npos);
    CHECK(md.find("## Events") == std::string::npos);
    CHECK(md.find("## Dates") == std::string::npos);
}

TEST_CASE("Markdown lists entities as links with mention counts and descriptions", "[export][markdown]") {
    ExportFixture fixture;
    const std::string md = exportMarkdown(fixture.article, fixture.annotation);
    CHECK(md.find("### [[Vladimir Putin]]\n\n5 mentions — Presidente della Russia\n") != std::string::npos);
    CHECK(md.find("### [[To Lam]]\n\n2 mentions\n") != std::string::npos);
    CHECK(md.find("### [[Nato]]\n\n1 mention — Alleanza \\*atlantica\\*\n") != std::string::npos);
    CHECK(md.find("### [[Trattato di partenariato strategico]]\n\n1 mention\n") != std::string::npos);
}

TEST_CASE("Markdown orders entities by mention count, then name", "[export][markdown]") {
    ExportFixture fixture;
    Entity zeta{
        "person:zeta", EntityType::Person, "Zeta", "", {fixture.mention("Hanoi", 0), fixture.mention("Nato", 0)}};
    Entity alfa{
        "person:alfa", EntityType::Person, "Alfa", "", {fixture.mention("Hanoi", 1), fixture.mention("Lam", 1)}};
    fixture.annotation.entities.push_back(zeta);
    fixture.annotation.entities.push_back(alfa);
    const std::string md = exportMarkdown(fixture.article, fixture.annotation);
    const std::size_t putin = md.find("[[Vladimir Putin]]");
    const std::size_t alfaAt = md.find("[[Alfa]]");
    const std::size_t toLam = md.find("[[To Lam]]");
    const std::size_t zetaAt = md.find("[[Zeta]]");
    CHECK(putin < alfaAt);
    CHECK(alfaAt < toLam);
    CHECK(toLam < zetaAt);
    CHECK(zetaAt < md.find("## Places"));
}

TEST_CASE("Markdown quotes each distinct sentence of an entity once", "[export][markdown]") {
    ExportFixture fixture;
    const std::string md = exportMarkdown(fixture.article, fixture.annotation);
    const std::string putin = sectionOf(md, "### [[Vladimir Putin]]");
    CHECK(countOf(putin, "\n> ") == 4);
    CHECK(countOf(putin, "> Putin parla di Nato, dice Putin.\n") == 1);
    CHECK(putin.find("> Putin a Hanoi\n") != std::string::npos);
    CHECK(putin.find("> «Un giorno storico», ha detto Putin.\n") != std::string::npos);

    const std::string hanoi = sectionOf(md, "### [[Hanoi]]");
    CHECK(countOf(hanoi, "\n> ") == 2);
    CHECK(hanoi.find("> Putin incontra To Lam ad Hanoi.\n") != std::string::npos);
}

TEST_CASE("Markdown lists quotes with their speakers", "[export][markdown]") {
    ExportFixture fixture;
    const std::string md = exportMarkdown(fixture.article, fixture.annotation);
    const std::string quotes = md.substr(md.find("## Quotes"));
    CHECK(quotes.find("> “Un giorno storico”\n>\n> — [[Vladimir Putin]]\n") != std::string::npos);
    CHECK(quotes.find("> “Lam ha firmato”\n") != std::string::npos);
    CHECK(md.back() == '\n');
    CHECK(md.substr(md.size() - 2) != "\n\n");
}

TEST_CASE("Markdown escapes text that would become markup", "[export][markdown]") {
    Article article;
    article.title = "Il caso *Kiev* [aggiornato]";
    article.blocks = {{BlockKind::Title, article.title}, {BlockKind::Paragraph, "2024. Un anno <difficile> per Kiev."}};
    const std::string text = article.text();
    Annotation annotation;
    annotation.sentences = {spanOf(text, article.title), spanOf(text, "2024. Un anno <difficile> per Kiev.")};
    Mention mention;
    mention.span = spanOf(text, "Kiev", 1);
    mention.text = "Kiev";
    mention.sentence = 1;
    annotation.entities.push_back(Entity{"place:kiev", EntityType::Place, "Kiev|Kyiv", "", {mention}});

    const std::string md = exportMarkdown(article, annotation);
    CHECK(md.find("# Il caso \\*Kiev\\* \\[aggiornato\\]\n") != std::string::npos);
    CHECK(md.find("### [[Kiev Kyiv]]\n") != std::string::npos);
    CHECK(md.find("> 2024\\. Un anno \\<difficile\\> per Kiev.\n") != std::string::npos);
    CHECK(md.find("## People") == std::string::npos);
    CHECK(md.find("## Quotes") == std::string::npos);
}
