// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store_test_support.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using annalist::core::test::TempFolder;

namespace {

// A second article, a year earlier, in which Merkel speaks again and meets Macron in Berlin.
Article berlinArticle() {
    Article article;
    article.title = "Merkel e Macron a Berlino";
    article.language = "it";
    article.published = PartialDate{2023, 5, 2};
    article.blocks = {{BlockKind::Title, article.title},
                      {BlockKind::Paragraph, "Merkel ha ricevuto Macron. «Serve unità», ha detto Merkel."}};
    return article;
}

Annotation berlinAnnotation(const Article& article) {
    const std::string text = article.text();
    Annotation annotation;
    annotation.language = "it";
    annotation.sentences = {test::spanOf(text, article.blocks[0].text), test::spanOf(text, article.blocks[1].text)};
    annotation.entities.push_back(
        Entity{"person:merkel",
               EntityType::Person,
               "Angela Merkel",
               "",
               {test::mentionOf(text, "Merkel", 0), test::mentionOf(text, "Merkel", 1, {}, 0.7, 1),
                test::mentionOf(text, "Merkel", 1, {}, 0.7, 2)}});
    annotation.entities.push_back(
        Entity{"person:macron",
               EntityType::Person,
               "Emmanuel Macron",
               "",
               {test::mentionOf(text, "Macron", 0), test::mentionOf(text, "Macron", 1, {}, 0.7, 1)}});
    annotation.quotes.push_back(Quote{test::spanOf(text, "Serve unità"), "person:merkel"});
    return annotation;
}

struct TwoArticles {
    TempFolder folder;
    Library library{folder.libraryFile()};
    ArticleId hanoi = 0;
    ArticleId berlin = 0;

    TwoArticles() {
        const Article first = test::sampleArticle();
        hanoi = library.importArticle(first, test::sampleAnnotation(first)).id;
        const Article second = berlinArticle();
        berlin = library.importArticle(second, berlinAnnotation(second)).id;
    }
};

} // namespace

TEST_CASE("An entity's appearances list the articles that mention it, oldest first", "[store][entity]") {
    TwoArticles fixture;
    const auto merkel = fixture.library.appearances("person:merkel");
    REQUIRE(merkel.size() == 2);
    CHECK(merkel[0].articleId == fixture.berlin);
    CHECK(merkel[0].title == "Merkel e Macron a Berlino");
    CHECK(merkel[0].published == PartialDate{2023, 5, 2});
    CHECK(merkel[0].mentionCount == 3);
    CHECK(merkel[1].articleId == fixture.hanoi);
    CHECK(merkel[1].mentionCount == 2);

    const auto toLam = fixture.library.appearances("person:to-lam");
    REQUIRE(toLam.size() == 1);
    CHECK(toLam[0].articleId == fixture.hanoi);
    CHECK(fixture.library.appearances("person:nobody").empty());
    CHECK(fixture.library.appearances("person:merkel' OR 1=1 --").empty());
    CHECK(fixture.library.appearances("person:merkel", 1).size() == 1);
}

TEST_CASE("Companions are the entities sharing the most articles, then the most mentions", "[store][entity]") {
    TwoArticles fixture;
    const auto companions = fixture.library.companions("person:merkel");
    REQUIRE(companions.size() == 3);
    // Macron (1 article, 2 mentions) and Hanoi (1 article, 2 mentions) tie on both counts: name order decides.
    CHECK(companions[0].key == "person:macron");
    CHECK(companions[0].sharedArticles == 1);
    CHECK(companions[0].mentionCount == 2);
    CHECK(companions[1].key == "place:hanoi");
    CHECK(companions[1].type == EntityType::Place);
    CHECK(companions[1].name == "Hanoi");
    CHECK(companions[2].key == "person:to-lam");
    CHECK(companions[2].mentionCount == 1);
    for (const auto& companion : companions) {
        CHECK(companion.key != "person:merkel");
    }
    CHECK(fixture.library.companions("person:merkel", 1).size() == 1);
}

TEST_CASE("Quotes of a speaker come from every article with their text", "[store][entity]") {
    TwoArticles fixture;
    const auto quotes = fixture.library.quotesBy("person:merkel");
    REQUIRE(quotes.size() == 2);
    CHECK(quotes[0].articleId == fixture.hanoi); // the newer article first
    CHECK(quotes[0].text == "La libertà è un bene comune");
    CHECK(quotes[0].articleTitle == "Vertice a Hà Nội");
    CHECK(quotes[1].text == "Serve unità");
    CHECK(quotes[1].published == PartialDate{2023, 5, 2});
    CHECK(fixture.library.quotesBy("person:macron").empty());

    fixture.library.remove(fixture.hanoi);
    CHECK(fixture.library.quotesBy("person:merkel").size() == 1);
    CHECK(fixture.library.appearances("place:hanoi").empty());
}
