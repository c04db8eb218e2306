// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store_test_support.h"

#include "annalist/core/error.h"
#include "annalist/core/notes/note_rules.h"

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

namespace {

/// A library holding the sample article, for the note editing tests.
struct NotedLibrary {
    NotedLibrary() : library(folder.libraryFile()) {
        article = test::sampleArticle();
        text = article.text();
        id = library.importArticle(article, test::sampleAnnotation(article)).id;
    }

    TempFolder folder;
    Library library;
    Article article;
    std::string text;
    ArticleId id = 0;
};

void replaceStoredText(const std::filesystem::path& file, ArticleId id, const std::string& text) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.string().c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "UPDATE articles SET text = ?1 WHERE id = ?2", -1, &stmt, nullptr) == SQLITE_OK);
    sqlite3_bind_text(stmt, 1, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(stmt, 2, id);
    CHECK(sqlite3_step(stmt) == SQLITE_DONE);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("A note's text, colour, tags and span can be changed", "[store][notes]") {
    NotedLibrary fixture;
    ReaderNote note = noteOn(fixture.id, fixture.text, "Tô Lâm");
    note.tags = {"persone", "vietnam"};
    note.id = fixture.library.addNote(note);

    note.note = "Segretario generale del partito.";
    note.color = "purple";
    note.tags = {"vietnam", " partito "};
    note.span = test::spanOf(fixture.text, "Angela Merkel");
    note.quote = "Angela Merkel";
    REQUIRE(fixture.library.updateNote(note));

    const auto stored = fixture.library.note(note.id);
    REQUIRE(stored);
    CHECK(stored->note == "Segretario generale del partito.");
    CHECK(stored->color == "purple");
    CHECK(stored->tags == std::vector<std::string>{"vietnam", "partito"});
    CHECK(stored->span == test::spanOf(fixture.text, "Angela Merkel"));
    CHECK(stored->quote == "Angela Merkel");
    CHECK_FALSE(stored->orphaned);
    CHECK(stored->articleId == fixture.id);

    ReaderNote unknown = note;
    unknown.id = note.id + 100;
    CHECK_FALSE(fixture.library.updateNote(unknown));
    CHECK_FALSE(fixture.library.note(unknown.id));
}

TEST_CASE("Deleting a note removes its tags and a deleted note can be restored under its id", "[store][notes]") {
    NotedLibrary fixture;
    ReaderNote note = noteOn(fixture.id, fixture.text, "bene comune");
    note.tags = {"citazioni"};
    note.id = fixture.library.addNote(note);

    REQUIRE(fixture.library.removeNote(note.id));
    CHECK_FALSE(fixture.library.removeNote(note.id));
    CHECK(fixture.library.notes(fixture.id).empty());
    CHECK(fixture.library.notesTagged("citazioni").empty());
    test::RawDatabase raw(fixture.folder.libraryFile());
    CHECK(raw.integer("SELECT count(*) FROM note_tags") == 0);

    CHECK(fixture.library.addNote(note) == note.id);
    const auto restored = fixture.library.notes(fixture.id);
    REQUIRE(restored.size() == 1);
    CHECK(restored[0].tags == std::vector<std::string>{"citazioni"});
    CHECK_THROWS_AS(fixture.library.addNote(note), StoreError);
}

TEST_CASE("Notes are listed by tag across the library", "[store][notes]") {
    NotedLibrary fixture;
    const Article other = test::sampleArticle("https://news.example/altro");
    Article second = other;
    second.blocks[1].text = "Un altro incontro con Tô Lâm a Hà Nội.";
    const ArticleId secondId = fixture.library.importArticle(second, Annotation{}).id;

    ReaderNote a = noteOn(secondId, second.text(), "Tô Lâm");
    a.tags = {"vietnam"};
    ReaderNote b = noteOn(fixture.id, fixture.text, "Angela Merkel");
    b.tags = {"germania", "vietnam"};
    ReaderNote c = noteOn(fixture.id, fixture.text, "Tô Lâm");
    c.tags = {"vietnam"};
    ReaderNote d = noteOn(fixture.id, fixture.text, "bene comune");
    d.tags = {"citazioni"};
    for (ReaderNote* note : {&a, &b, &c, &d}) {
        note->id = fixture.library.addNote(*note);
    }

    const auto tagged = fixture.library.notesTagged("#vietnam ");
    REQUIRE(tagged.size() == 3);
    CHECK(tagged[0].id == c.id);
    CHECK(tagged[1].id == b.id);
    CHECK(tagged[2].id == a.id);
    CHECK(tagged[1].tags == std::vector<std::string>{"germania", "vietnam"});
    CHECK(fixture.library.notesTagged("Vietnam").empty());
    CHECK(fixture.library.notesTagged("").empty());
    CHECK(fixture.library.notesTagged("' OR 1=1 --").empty());
}

TEST_CASE("Invalid notes are refused and leave the stored note unchanged", "[store][notes]") {
    NotedLibrary fixture;
    ReaderNote note = noteOn(fixture.id, fixture.text, "Tô Lâm");
    note.tags = {"persone"};
    note.id = fixture.library.addNote(note);

    ReaderNote bad = note;
    SECTION("unknown colour") {
        bad.color = "red";
    }
    SECTION("a text too long") {
        bad.note = std::string(kMaxNoteTextBytes + 1, 'x');
    }
    SECTION("too many tags") {
        bad.tags.clear();
        for (std::size_t i = 0; i <= kMaxNoteTags; ++i) {
            bad.tags.push_back("tag" + std::to_string(i));
        }
    }
    SECTION("a tag too long") {
        bad.tags = {"ok", std::string(kMaxTagBytes + 1, 't')};
    }
    SECTION("an inverted span") {
        bad.span = Span{5, 2};
    }
    CHECK_THROWS_AS(fixture.library.updateNote(bad), StoreError);
    bad.id = 0;
    CHECK_THROWS_AS(fixture.library.addNote(bad), StoreError);
    const auto notes = fixture.library.notes(fixture.id);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].color == "yellow");
    CHECK(notes[0].tags == std::vector<std::string>{"persone"});
    CHECK(notes[0].span == note.span);
}

TEST_CASE("Notes survive re-annotation of their article", "[store][notes]") {
    NotedLibrary fixture;
    ReaderNote note = noteOn(fixture.id, fixture.text, "Angela Merkel");
    note.note = "Ospite a Hà Nội";
    note.id = fixture.library.addNote(note);
    fixture.library.replaceAnnotation(fixture.id, Annotation{});
    const auto notes = fixture.library.notes(fixture.id);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].note == "Ospite a Hà Nội");
    CHECK(fixture.library.reanchorNotes(fixture.id) == 0);
}

TEST_CASE("Notes re-anchor when the stored text changes, and lost ones are kept as orphaned", "[store][notes]") {
    NotedLibrary fixture;
    ReaderNote merkel = noteOn(fixture.id, fixture.text, "Angela Merkel");
    merkel.prefix = "ha accolto ";
    merkel.id = fixture.library.addNote(merkel);
    ReaderNote quote = noteOn(fixture.id, fixture.text, "bene comune");
    quote.note = "da verificare";
    quote.id = fixture.library.addNote(quote);
    CHECK(fixture.library.reanchorNotes(fixture.id) == 0);

    std::string changed = "Aggiornato alle 18. " + fixture.text;
    changed.replace(changed.find("bene comune"), 11, "diritto di tutti");
    replaceStoredText(fixture.folder.libraryFile(), fixture.id, changed);

    CHECK(fixture.library.reanchorNotes(fixture.id) == 1);
    const auto notes = fixture.library.notes(fixture.id);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].id == merkel.id);
    CHECK(notes[0].span == test::spanOf(changed, "Angela Merkel"));
    CHECK_FALSE(notes[0].orphaned);
    CHECK(notes[1].id == quote.id);
    CHECK(notes[1].orphaned);
    CHECK(notes[1].span == quote.span);
    CHECK(notes[1].note == "da verificare");
}
