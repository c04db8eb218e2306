// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store_test_support.h"

#include "annalist/core/error.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace annalist::core;
using annalist::core::test::TempFolder;

namespace {

/// A one-paragraph article naming one entity.
Article smallArticle(std::string title, std::string source, std::optional<PartialDate> published,
                     std::string paragraph) {
    Article article;
    article.title = std::move(title);
    article.source = std::move(source);
    article.language = "it";
    article.published = published.value_or(PartialDate{});
    article.blocks = {{BlockKind::Title, article.title}, {BlockKind::Paragraph, std::move(paragraph)}};
    return article;
}

Annotation oneEntity(const Article& article, std::string key, EntityType type, std::string surface) {
    const std::string text = article.text();
    Annotation annotation;
    annotation.language = "it";
    annotation.sentences = {test::spanOf(text, article.blocks[0].text), test::spanOf(text, article.blocks[1].text)};
    annotation.entities.push_back(
        Entity{std::move(key), type, surface, "", {test::mentionOf(text, surface, 1, Origin::Rule, 0.8)}});
    return annotation;
}

/// Three articles: the sample (Hanoi, Tô Lâm, Merkel; Il Quotidiano, 2024-06-19), one about Mosca
/// (La Gazzetta, 2023-02), one undated about the Nato (Il Quotidiano).
struct ThreeArticles {
    ThreeArticles() : library(folder.libraryFile()) {
        const Article sample = test::sampleArticle();
        sampleId = library.importArticle(sample, test::sampleAnnotation(sample)).id;
        const Article moscow = smallArticle("Accordo a Mosca", "La Gazzetta", PartialDate{2023, 2, 0},
                                            "Le delegazioni si sono incontrate a Mosca.");
        moscowId = library.importArticle(moscow, oneEntity(moscow, "place:mosca", EntityType::Place, "Mosca")).id;
        const Article nato =
            smallArticle("Bilancio della Nato", "Il Quotidiano", std::nullopt, "La Nato discute il bilancio comune.");
        natoId = library.importArticle(nato, oneEntity(nato, "org:nato", EntityType::Organization, "Nato")).id;
    }

    [[nodiscard]] std::vector<ArticleId> ids(const ArticleFilter& filter) const {
        std::vector<ArticleId> found;
        for (const ArticleSummary& summary : library.find(filter)) {
            found.push_back(summary.id);
        }
        return found;
    }

    TempFolder folder;
    Library library;
    ArticleId sampleId = 0;
    ArticleId moscowId = 0;
    ArticleId natoId = 0;
};

} // namespace

TEST_CASE("An empty filter lists every article like list()", "[store][find]") {
    ThreeArticles fixture;
    const auto all = fixture.ids({});
    CHECK(all == std::vector<ArticleId>{fixture.sampleId, fixture.moscowId, fixture.natoId});
    CHECK(fixture.library.find({}).size() == fixture.library.list().size());
}

TEST_CASE("find keeps articles containing the text, accents folded", "[store][find]") {
    ThreeArticles fixture;
    ArticleFilter filter;
    filter.text = "LIBERTA";
    CHECK(fixture.ids(filter) == std::vector<ArticleId>{fixture.sampleId});
    filter.text = "mosca";
    CHECK(fixture.ids(filter) == std::vector<ArticleId>{fixture.moscowId});
    filter.text = "   ";
    CHECK(fixture.ids(filter).size() == 3);
}

TEST_CASE("find keeps articles mentioning an entity type or one entity", "[store][find]") {
    ThreeArticles fixture;
    ArticleFilter filter;
    filter.entityType = EntityType::Person;
    CHECK(fixture.ids(filter) == std::vector<ArticleId>{fixture.sampleId});
    filter.entityType = EntityType::Place;
    CHECK(fixture.ids(filter) == std::vector<ArticleId>{fixture.sampleId, fixture.moscowId});
    filter.entityType = EntityType::Treaty;
    CHECK(fixture.ids(filter).empty());

    ArticleFilter byEntity;
    byEntity.entityKey = "org:nato";
    CHECK(fixture.ids(byEntity) == std::vector<ArticleId>{fixture.natoId});
    byEntity.entityKey = "person:nobody";
    CHECK(fixture.ids(byEntity).empty());
}

TEST_CASE("find keeps articles of one source", "[store][find]") {
    ThreeArticles fixture;
    ArticleFilter filter;
    filter.source = "Il Quotidiano";
    CHECK(fixture.ids(filter) == std::vector<ArticleId>{fixture.sampleId, fixture.natoId});
    filter.source = "il quotidiano";
    CHECK(fixture.ids(filter).empty());
}

TEST_CASE("A date range keeps articles whose partial dates overlap it", "[store][find]") {
    ThreeArticles fixture;
    ArticleFilter filter;
    filter.publishedFrom = PartialDate{2024, 1, 1};
    CHECK(fixture.ids(filter) == std::vector<ArticleId>{fixture.sampleId});
    filter.publishedFrom = PartialDate{2023, 2, 15}; // inside the month the Mosca article is dated by
    filter.publishedTo = PartialDate{2023, 12, 31};
    CHECK(fixture.ids(filter) == std::vector<ArticleId>{fixture.moscowId});
    filter.publishedFrom.reset();
    filter.publishedTo = PartialDate{2024, 6, 18};
    CHECK(fixture.ids(filter) == std::vector<ArticleId>{fixture.moscowId});
    filter.publishedTo = PartialDate{2024, 6, 19};
    CHECK(fixture.ids(filter) == std::vector<ArticleId>{fixture.sampleId, fixture.moscowId});
}

TEST_CASE("Criteria combine and every order lists every match", "[store][find]") {
    ThreeArticles fixture;
    ArticleFilter filter;
    filter.source = "Il Quotidiano";
    filter.entityType = EntityType::Organization;
    CHECK(fixture.ids(filter) == std::vector<ArticleId>{fixture.natoId});

    ArticleFilter sorted;
    sorted.order = ArticleOrder::Title;
    CHECK(fixture.ids(sorted) == std::vector<ArticleId>{fixture.moscowId, fixture.natoId, fixture.sampleId});
    sorted.order = ArticleOrder::Source;
    CHECK(fixture.ids(sorted) == std::vector<ArticleId>{fixture.sampleId, fixture.natoId, fixture.moscowId});
    sorted.order = ArticleOrder::EntityCount;
    CHECK(fixture.ids(sorted).front() == fixture.sampleId);
    CHECK(fixture.ids(sorted).size() == 3);
}

TEST_CASE("Filter values are data, never SQL", "[store][find][security]") {
    ThreeArticles fixture;
    ArticleFilter filter;
    filter.source = "x' OR '1'='1";
    CHECK(fixture.ids(filter).empty());
    filter = {};
    filter.entityKey = "org:nato') OR 1=1 --";
    CHECK(fixture.ids(filter).empty());
    filter = {};
    filter.text = "\" OR NEAR(";
    CHECK_NOTHROW(fixture.ids(filter));
    CHECK(fixture.library.articleCount() == 3);
}

TEST_CASE("Overlong filter text is refused with a clear error", "[store][find][errors]") {
    ThreeArticles fixture;
    ArticleFilter filter;
    filter.text = std::string(kMaxFilterTextBytes + 1, 'a');
    CHECK_THROWS_WITH(fixture.library.find(filter), Catch::Contains("too long"));
    filter.text = std::string(kMaxFilterTextBytes, 'a');
    CHECK(fixture.library.find(filter).empty());
}

TEST_CASE("entities lists what the articles mention, most widely mentioned first", "[store][entities]") {
    ThreeArticles fixture;
    // A second article naming Merkel makes her the most widely mentioned entity.
    const Article berlin = smallArticle("Merkel a Berlino", "", std::nullopt, "Oggi Merkel parla.");
    fixture.library.importArticle(berlin, oneEntity(berlin, "person:merkel", EntityType::Person, "Merkel"));

    const std::vector<LibraryEntity> entities = fixture.library.entities();
    REQUIRE(entities.size() == 5);
    CHECK(entities.front().key == "person:merkel");
    CHECK(entities.front().name == "Angela Merkel");
    CHECK(entities.front().articleCount == 2);
    CHECK(entities.front().type == EntityType::Person);
    const auto nato = std::find_if(entities.begin(), entities.end(), [](const auto& e) { return e.key == "org:nato"; });
    REQUIRE(nato != entities.end());
    CHECK(nato->type == EntityType::Organization);
    CHECK(nato->articleCount == 1);

    // An entity whose only article is gone is no longer offered.
    REQUIRE(fixture.library.remove(fixture.natoId));
    const auto after = fixture.library.entities();
    CHECK(std::none_of(after.begin(), after.end(), [](const auto& e) { return e.key == "org:nato"; }));
}

TEST_CASE("sources lists each non-empty source once, A to Z", "[store][sources]") {
    ThreeArticles fixture;
    const Article unsourced = smallArticle("Senza fonte", "", std::nullopt, "Testo senza fonte.");
    fixture.library.importArticle(unsourced, Annotation{});
    CHECK(fixture.library.sources() == std::vector<std::string>{"Il Quotidiano", "La Gazzetta"});
}
