// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store_test_support.h"

#include "annalist/core/error.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using annalist::core::test::RawDatabase;
using annalist::core::test::TempFolder;

namespace {

Article otherArticle(std::string url, std::string paragraph) {
    Article article;
    article.title = "Merkel a Berlino";
    article.url = std::move(url);
    article.language = "it";
    article.blocks = {{BlockKind::Title, article.title}, {BlockKind::Paragraph, std::move(paragraph)}};
    return article;
}

Annotation merkelOnly(const Article& article, std::string name = "Merkel", EntityType type = EntityType::Person) {
    const std::string text = article.text();
    Annotation annotation;
    annotation.language = "it";
    annotation.sentences = {test::spanOf(text, article.blocks[0].text), test::spanOf(text, article.blocks[1].text)};
    annotation.entities.push_back(
        Entity{"person:merkel", type, std::move(name), "", {test::mentionOf(text, "Merkel", 0, Origin::User, 1.0)}});
    return annotation;
}

void checkSameMentions(const Entity& actual, const Entity& expected) {
    REQUIRE(actual.mentions.size() == expected.mentions.size());
    for (std::size_t i = 0; i < actual.mentions.size(); ++i) {
        const Mention& got = actual.mentions[i];
        const Mention& want = expected.mentions[i];
        CHECK(got.span == want.span);
        CHECK(got.text == want.text);
        CHECK(got.sentence == want.sentence);
        CHECK(got.origin == want.origin);
        CHECK(got.confidence == Approx(want.confidence));
    }
}

} // namespace

TEST_CASE("An imported article loads back with metadata, blocks and annotation", "[store][import]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    const Article article = test::sampleArticle();
    const Annotation annotation = test::sampleAnnotation(article);

    const ImportResult result = library.importArticle(article, annotation);
    CHECK(result.created);
    CHECK(result.id > 0);
    const auto stored = library.load(result.id);
    REQUIRE(stored);
    CHECK(stored->id == result.id);

    const Article& got = stored->article;
    CHECK(got.title == article.title);
    CHECK(got.lead == article.lead);
    CHECK(got.byline == article.byline);
    CHECK(got.source == article.source);
    CHECK(got.url == article.url);
    CHECK(got.language == "it");
    CHECK(got.published == PartialDate{2024, 6, 19});
    CHECK(got.blocks == article.blocks);
    CHECK(got.text() == article.text());

    const Annotation& loaded = stored->annotation;
    CHECK(loaded.language == "it");
    CHECK(loaded.sentences == annotation.sentences);
    REQUIRE(loaded.entities.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        INFO("entity " << annotation.entities[i].id);
        CHECK(loaded.entities[i].id == annotation.entities[i].id);
        CHECK(loaded.entities[i].type == annotation.entities[i].type);
        CHECK(loaded.entities[i].name == annotation.entities[i].name);
        CHECK(loaded.entities[i].description == annotation.entities[i].description);
        checkSameMentions(loaded.entities[i], annotation.entities[i]);
    }
    REQUIRE(loaded.quotes.size() == 1);
    CHECK(loaded.quotes[0].span == annotation.quotes[0].span);
    CHECK(loaded.quotes[0].speaker == std::optional<std::string>("person:merkel"));
}

TEST_CASE("Entities load in order of first mention with mentions in text order", "[store][import]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    const Article article = test::sampleArticle();
    Annotation annotation = test::sampleAnnotation(article);
    // Given out of order: the library must still return text order.
    std::swap(annotation.entities[0], annotation.entities[2]);
    std::swap(annotation.entities[0].mentions[0], annotation.entities[0].mentions[1]);

    const auto stored = library.load(library.importArticle(article, annotation).id);
    REQUIRE(stored);
    const auto& entities = stored->annotation.entities;
    REQUIRE(entities.size() == 3);
    CHECK(entities[0].id == "place:hanoi");
    CHECK(entities[1].id == "person:to-lam");
    CHECK(entities[2].id == "person:merkel");
    REQUIRE(entities[2].mentions.size() == 2);
    CHECK(entities[2].mentions[0].text == "Angela Merkel");
    CHECK(entities[2].mentions[0].span.start < entities[2].mentions[1].span.start);
}

TEST_CASE("An article without date or annotation round-trips", "[store][import]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    Article article = otherArticle("", "Solo testo, nessuna entità.");
    article.published = PartialDate{2023, 0, 0};
    Annotation empty;
    const auto stored = library.load(library.importArticle(article, empty).id);
    REQUIRE(stored);
    CHECK(stored->article.published == PartialDate{2023, 0, 0});
    CHECK(stored->annotation.entities.empty());
    CHECK(stored->annotation.quotes.empty());
    CHECK(library.list().at(0).entityCount == 0);

    Article undated = otherArticle("", "Un altro testo.");
    const auto second = library.load(library.importArticle(undated, empty).id);
    REQUIRE(second);
    CHECK_FALSE(second->article.published.isValid());
}

TEST_CASE("Importing the same article twice keeps one copy", "[store][import]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    const Article article = test::sampleArticle();
    const ImportResult first = library.importArticle(article, test::sampleAnnotation(article));

    SECTION("same text, even without url") {
        Article copy = article;
        copy.url.clear();
        copy.title = "A different headline field";
        const ImportResult second = library.importArticle(copy, Annotation{});
        CHECK_FALSE(second.created);
        CHECK(second.id == first.id);
    }
    SECTION("same url, different text") {
        const ImportResult second = library.importArticle(otherArticle(article.url, "Testo aggiornato."), Annotation{});
        CHECK_FALSE(second.created);
        CHECK(second.id == first.id);
    }
    CHECK(library.articleCount() == 1);
    const auto stored = library.load(first.id);
    REQUIRE(stored);
    CHECK(stored->article.title == article.title);
    CHECK(stored->annotation.mentionCount() == 5);
}

TEST_CASE("Different texts without url are separate articles", "[store][import]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    CHECK(library.importArticle(otherArticle("", "Primo testo."), Annotation{}).created);
    CHECK(library.importArticle(otherArticle("", "Secondo testo."), Annotation{}).created);
    CHECK(library.articleCount() == 2);
}

TEST_CASE("An entity key shared by two articles is one library entity", "[store][import]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    const Article first = test::sampleArticle();
    library.importArticle(first, test::sampleAnnotation(first));
    const Article second = otherArticle("https://news.example/berlino", "Oggi Merkel parla a Berlino.");
    // The second article's guess does not overwrite the name and type the library already has.
    const ArticleId secondId = library.importArticle(second, merkelOnly(second, "A. Merkel", EntityType::Place)).id;

    RawDatabase raw(folder.libraryFile());
    CHECK(raw.integer("SELECT count(*) FROM entities WHERE key = ?1", "person:merkel") == 1);
    CHECK(raw.integer("SELECT count(DISTINCT entity_id) FROM mentions m JOIN entities e ON e.id = m.entity_id "
                      "WHERE e.key = ?1",
                      "person:merkel") == 1);
    CHECK(raw.integer("SELECT count(*) FROM entities") == 3);
    const auto stored = library.load(secondId);
    REQUIRE(stored);
    REQUIRE(stored->annotation.entities.size() == 1);
    CHECK(stored->annotation.entities[0].name == "Angela Merkel");
    CHECK(stored->annotation.entities[0].type == EntityType::Person);
}

TEST_CASE("replaceAnnotation swaps sentences, mentions and quotes but keeps notes", "[store][import]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    const Article article = test::sampleArticle();
    const ArticleId id = library.importArticle(article, test::sampleAnnotation(article)).id;
    ReaderNote note;
    note.articleId = id;
    note.span = test::spanOf(article.text(), "bene comune");
    note.quote = "bene comune";
    library.addNote(note);

    const std::string text = article.text();
    Annotation revised;
    revised.language = "en";
    revised.sentences = {Span{0, text.size()}};
    revised.entities.push_back(Entity{"person:merkel",
                                      EntityType::Person,
                                      "Angela Merkel",
                                      "",
                                      {test::mentionOf(text, "Merkel", 0, Origin::User, 1.0, 1)}});
    library.replaceAnnotation(id, revised);

    const auto stored = library.load(id);
    REQUIRE(stored);
    CHECK(stored->annotation.language == "en");
    CHECK(stored->annotation.sentences.size() == 1);
    REQUIRE(stored->annotation.entities.size() == 1);
    CHECK(stored->annotation.entities[0].mentions.at(0).origin == Origin::User);
    CHECK(stored->annotation.quotes.empty());
    CHECK(library.notes(id).size() == 1);
    CHECK(library.list().at(0).entityCount == 1);

    CHECK_THROWS_AS(library.replaceAnnotation(id + 100, revised), StoreError);
}

TEST_CASE("list shows newest publication first, then newest import", "[store][list]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    Article old = otherArticle("", "Vecchio.");
    old.published = PartialDate{2020, 1, 5};
    Article recent = otherArticle("", "Recente.");
    recent.published = PartialDate{2024, 3, 1};
    Article undatedFirst = otherArticle("", "Senza data, primo.");
    Article undatedSecond = otherArticle("", "Senza data, secondo.");
    const ArticleId oldId = library.importArticle(old, Annotation{}).id;
    const ArticleId undatedFirstId = library.importArticle(undatedFirst, Annotation{}).id;
    const ArticleId recentId = library.importArticle(recent, merkelOnly(recent)).id;
    const ArticleId undatedSecondId = library.importArticle(undatedSecond, Annotation{}).id;

    const auto all = library.list();
    REQUIRE(all.size() == 4);
    CHECK(all[0].id == recentId);
    CHECK(all[0].published == PartialDate{2024, 3, 1});
    CHECK(all[0].entityCount == 1);
    CHECK(all[0].language == "it");
    CHECK(all[0].importedAt.size() == 19);
    CHECK(all[1].id == oldId);
    CHECK(all[2].id == undatedSecondId);
    CHECK(all[3].id == undatedFirstId);
}

TEST_CASE("remove deletes an article with everything that hangs on it", "[store][remove]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    const Article article = test::sampleArticle();
    const ArticleId id = library.importArticle(article, test::sampleAnnotation(article)).id;
    const Article kept = otherArticle("https://news.example/berlino", "Oggi Merkel parla a Berlino.");
    const ArticleId keptId = library.importArticle(kept, merkelOnly(kept)).id;
    ReaderNote note;
    note.articleId = id;
    note.span = Span{0, 7};
    note.tags = {"vertice"};
    library.addNote(note);

    CHECK(library.remove(id));
    CHECK_FALSE(library.remove(id));
    CHECK_FALSE(library.load(id));
    CHECK(library.articleCount() == 1);
    CHECK(library.notes(id).empty());

    RawDatabase raw(folder.libraryFile());
    for (const char* table : {"blocks", "sentences", "mentions", "quotes", "notes"}) {
        INFO(table);
        CHECK(raw.integer(std::string("SELECT count(*) FROM ") + table +
                          " WHERE article_id NOT IN "
                          "(SELECT id FROM articles)") == 0);
    }
    CHECK(raw.integer("SELECT count(*) FROM note_tags") == 0);
    CHECK(raw.integer("PRAGMA foreign_key_check") == -1);
    const auto survivor = library.load(keptId);
    REQUIRE(survivor);
    CHECK(survivor->annotation.mentionCount() == 1);
}
