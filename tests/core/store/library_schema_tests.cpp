// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store_test_support.h"

#include "annalist/core/error.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using annalist::core::test::RawDatabase;
using annalist::core::test::readBytes;
using annalist::core::test::TempFolder;

namespace {

void writeFile(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary);
    out << bytes;
}

void setUserVersion(const std::filesystem::path& file, int version) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.string().c_str(), &db) == SQLITE_OK);
    const std::string sql = "PRAGMA user_version = " + std::to_string(version);
    REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("A new library is created with the full schema", "[store][schema]") {
    TempFolder folder;
    const auto file = folder.path() / "nested" / "deeper" / "library.annalist";
    {
        Library library(file);
        CHECK(library.schemaVersion() == 1);
        CHECK(library.path() == file);
        CHECK(library.articleCount() == 0);
        CHECK(library.list().empty());
    }
    REQUIRE(std::filesystem::exists(file));
    RawDatabase raw(file);
    CHECK(raw.integer("PRAGMA user_version") == 1);
    CHECK(raw.integer("SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'") == 1);
    for (const char* table : {"articles", "blocks", "entities", "sentences", "mentions", "quotes", "notes", "note_tags",
                              "corrections", "articles_fts"}) {
        INFO(table);
        CHECK(raw.integer("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1", table) == 1);
    }
}

TEST_CASE("Reopening a library keeps its data and does not migrate again", "[store][schema]") {
    TempFolder folder;
    const Article article = test::sampleArticle();
    ArticleId id = 0;
    {
        Library library(folder.libraryFile());
        id = library.importArticle(article, test::sampleAnnotation(article)).id;
    }
    Library reopened(folder.libraryFile());
    CHECK(reopened.schemaVersion() == 1);
    CHECK(reopened.articleCount() == 1);
    const auto stored = reopened.load(id);
    REQUIRE(stored);
    CHECK(stored->article.text() == article.text());
    CHECK(stored->annotation.mentionCount() == 5);
}

TEST_CASE("A file that is not a SQLite database is refused and left untouched", "[store][schema]") {
    TempFolder folder;
    const auto file = folder.path() / "notes.txt";
    std::string garbage;
    SECTION("plain text") {
        garbage = "These are my shopping notes, not a database.\n";
    }
    SECTION("a SQLite header over damaged pages") {
        garbage = std::string("SQLite format 3\0", 16);
    }
    for (int i = 0; i < 5000; ++i) {
        garbage += static_cast<char>((i * 37) % 256);
    }
    writeFile(file, garbage);

    try {
        Library library(file);
        FAIL("a garbage file was accepted as a library");
    } catch (const StoreError& error) {
        const std::string message = error.what();
        CHECK(message.find(file.string()) != std::string::npos);
        CHECK(message.find("not a SQLite database") != std::string::npos);
        CHECK(message.find("cannot open library") != std::string::npos);
    }
    CHECK(readBytes(file) == garbage);
    CHECK_FALSE(std::filesystem::exists(folder.path() / "notes.txt-wal"));
    CHECK_FALSE(std::filesystem::exists(folder.path() / "notes.txt-journal"));
}

TEST_CASE("A folder given as the library file is refused", "[store][schema]") {
    TempFolder folder;
    CHECK_THROWS_AS(Library(folder.path()), StoreError);
}

TEST_CASE("A library from a newer Annalist is refused without changes", "[store][schema]") {
    TempFolder folder;
    { Library library(folder.libraryFile()); }
    setUserVersion(folder.libraryFile(), 999);
    CHECK_THROWS_WITH(Library(folder.libraryFile()),
                      Catch::Contains("newer") && Catch::Contains(folder.libraryFile().string()));
    RawDatabase raw(folder.libraryFile());
    CHECK(raw.integer("PRAGMA user_version") == 999);
}

TEST_CASE("Another program's SQLite database is not turned into a library", "[store][schema]") {
    TempFolder folder;
    const auto file = folder.path() / "other.sqlite";
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.string().c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE contacts (name TEXT)", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);

    CHECK_THROWS_WITH(Library(file), Catch::Contains("not an Annalist library"));
    RawDatabase raw(file);
    CHECK(raw.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'articles'") == 0);
}

TEST_CASE("An empty file becomes a new library", "[store][schema]") {
    TempFolder folder;
    writeFile(folder.libraryFile(), "");
    Library library(folder.libraryFile());
    CHECK(library.schemaVersion() == 1);
}

TEST_CASE("Full-text search folds accents and case", "[store][fts]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    const Article article = test::sampleArticle();
    const ArticleId id = library.importArticle(article, test::sampleAnnotation(article)).id;

    SECTION("through a raw FTS5 query") {
        RawDatabase raw(folder.libraryFile());
        CHECK(raw.integer("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1", "liberta") == id);
        CHECK(raw.integer("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1", "ha noi") == 1);
        CHECK(raw.integer("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1", "kyiv") == 0);
    }
    SECTION("through Library::search") {
        const auto found = library.search("LIBERTA comune");
        REQUIRE(found.size() == 1);
        CHECK(found[0].id == id);
        CHECK(found[0].title == "Vertice a Hà Nội");
        CHECK(library.search("libertà kyiv").empty());
        CHECK(library.search("   ").empty());
        CHECK_NOTHROW(library.search("\"unbalanced AND OR ( *"));
    }
    SECTION("removed articles leave the index") {
        REQUIRE(library.remove(id));
        CHECK(library.search("liberta").empty());
        RawDatabase raw(folder.libraryFile());
        CHECK(raw.integer("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1", "liberta") == 0);
    }
}
