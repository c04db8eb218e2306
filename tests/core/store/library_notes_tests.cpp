// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store_test_support.h"

#include "annalist/core/error.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using annalist::core::test::TempFolder;

namespace {

ReaderNote noteOn(ArticleId id, const std::string& text, const std::string& quote) {
    ReaderNote note;
    note.articleId = id;
    note.span = test::spanOf(text, quote);
    note.quote = quote;
    return note;
}

} // namespace

TEST_CASE("Notes round-trip with selector, colour and tags in text order", "[store][notes]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    const Article article = test::sampleArticle();
    const std::string text = article.text();
    const ArticleId id = library.importArticle(article, test::sampleAnnotation(article)).id;

    ReaderNote later = noteOn(id, text, "bene comune");
    later.prefix = "libertà è un ";
    later.suffix = "», ha detto";
    later.color = "green";
    later.note = "Citazione chiave: da verificare.";
    later.tags = {"citazioni", "diplomazia", "citazioni", ""};
    ReaderNote earlier = noteOn(id, text, "Tô Lâm");
    const std::int64_t laterId = library.addNote(later);
    const std::int64_t earlierId = library.addNote(earlier);
    CHECK(laterId != earlierId);

    const auto notes = library.notes(id);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].id == earlierId);
    CHECK(notes[0].color == "yellow");
    CHECK(notes[0].tags.empty());
    const ReaderNote& got = notes[1];
    CHECK(got.id == laterId);
    CHECK(got.articleId == id);
    CHECK(got.span == later.span);
    CHECK(got.quote == "bene comune");
    CHECK(got.prefix == later.prefix);
    CHECK(got.suffix == later.suffix);
    CHECK(got.color == "green");
    CHECK(got.note == later.note);
    CHECK(got.tags == std::vector<std::string>{"citazioni", "diplomazia"});
}

TEST_CASE("A note needs an existing article", "[store][notes]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    ReaderNote note;
    note.articleId = 42;
    CHECK_THROWS_AS(library.addNote(note), StoreError);
    CHECK(library.notes(42).empty());
}

TEST_CASE("Notes survive reopening the library", "[store][notes]") {
    TempFolder folder;
    const Article article = test::sampleArticle();
    ArticleId id = 0;
    {
        Library library(folder.libraryFile());
        id = library.importArticle(article, Annotation{}).id;
        ReaderNote note = noteOn(id, article.text(), "Angela Merkel");
        note.tags = {"persone"};
        library.addNote(note);
    }
    Library reopened(folder.libraryFile());
    const auto notes = reopened.notes(id);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].quote == "Angela Merkel");
    CHECK(notes[0].tags == std::vector<std::string>{"persone"});
}

TEST_CASE("A moved-to library keeps working", "[store]") {
    TempFolder folder;
    Library first(folder.libraryFile());
    Library second = std::move(first);
    const Article article = test::sampleArticle();
    CHECK(second.importArticle(article, Annotation{}).created);
    CHECK(second.articleCount() == 1);
}
