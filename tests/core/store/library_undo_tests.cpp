// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store_test_support.h"

#include <catch2/catch.hpp>

#include <set>

using namespace annalist::core;
using annalist::core::test::RawDatabase;
using annalist::core::test::TempFolder;

namespace {

ReaderNote noteOn(ArticleId id, const Article& article) {
    ReaderNote note;
    note.articleId = id;
    note.span = test::spanOf(article.text(), "Angela Merkel");
    note.quote = "Angela Merkel";
    note.note = "Visita ufficiale";
    note.tags = {"diplomazia", "europa"};
    return note;
}

void addCorrection(const std::filesystem::path& file, ArticleId id) {
    // Corrections have no API of their own here; a direct insert stands for whatever writes them.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.string().c_str(), &db) == SQLITE_OK);
    const std::string sql = "INSERT INTO corrections (scope, article_id, action, mention_start, mention_end, surface, "
                            "entity_key, new_type) VALUES ('article', " +
                            std::to_string(id) + ", 'retype', 14, 20, 'Tô Lâm', 'person:to-lam', 'organization')";
    REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("A removed article comes back with annotation, notes and corrections", "[store][undo]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    const Article article = test::sampleArticle();
    const ArticleId id = library.importArticle(article, test::sampleAnnotation(article)).id;
    library.addNote(noteOn(id, article));
    addCorrection(folder.libraryFile(), id);
    const auto before = library.load(id);
    REQUIRE(before);

    const auto snapshot = library.removeKeepingSnapshot(id);
    REQUIRE(snapshot);
    CHECK(library.articleCount() == 0);
    CHECK(RawDatabase(folder.libraryFile()).integer("SELECT count(*) FROM corrections") == 0);

    const ImportResult restored = library.restore(*snapshot);
    CHECK(restored.created);
    const auto after = library.load(restored.id);
    REQUIRE(after);
    CHECK(after->article.text() == before->article.text());
    CHECK(after->article.title == before->article.title);
    CHECK(after->article.published == before->article.published);
    REQUIRE(after->annotation.entities.size() == before->annotation.entities.size());
    for (std::size_t i = 0; i < after->annotation.entities.size(); ++i) {
        CHECK(after->annotation.entities[i].id == before->annotation.entities[i].id);
        CHECK(after->annotation.entities[i].mentions.size() == before->annotation.entities[i].mentions.size());
    }
    CHECK(after->annotation.quotes.size() == before->annotation.quotes.size());
    const auto notes = library.notes(restored.id);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].note == "Visita ufficiale");
    CHECK(notes[0].tags == std::vector<std::string>{"diplomazia", "europa"});
    const RawDatabase raw(folder.libraryFile());
    CHECK(raw.integer("SELECT count(*) FROM corrections WHERE article_id = " + std::to_string(restored.id) +
                      " AND new_type = 'organization' AND mention_end = 20") == 1);
    ArticleFilter filter;
    filter.text = "liberta";
    CHECK(library.find(filter).size() == 1);
}

TEST_CASE("Removing an unknown article gives no snapshot", "[store][undo]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    CHECK_FALSE(library.removeKeepingSnapshot(42));
}

TEST_CASE("Restoring an article imported again meanwhile writes nothing", "[store][undo]") {
    TempFolder folder;
    Library library(folder.libraryFile());
    const Article article = test::sampleArticle();
    const ArticleId id = library.importArticle(article, test::sampleAnnotation(article)).id;
    library.addNote(noteOn(id, article));
    const auto snapshot = library.removeKeepingSnapshot(id);
    REQUIRE(snapshot);
    const ArticleId again = library.importArticle(article, test::sampleAnnotation(article)).id;

    const ImportResult restored = library.restore(*snapshot);
    CHECK_FALSE(restored.created);
    CHECK(restored.id == again);
    CHECK(library.articleCount() == 1);
    CHECK(library.notes(again).empty());
}

TEST_CASE("The snapshot knows every table that hangs on an article", "[store][undo][schema]") {
    // A table added later that references articles (or notes) must be added to the snapshot too;
    // this test names the ones it covers so that such a table cannot be forgotten silently.
    TempFolder folder;
    { Library library(folder.libraryFile()); }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(folder.libraryFile().string().c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT DISTINCT m.name FROM sqlite_schema m, pragma_foreign_key_list(m.name) f "
                               "WHERE m.type = 'table' AND f.\"table\" IN ('articles', 'notes', 'corrections')",
                               -1, &stmt, nullptr) == SQLITE_OK);
    std::set<std::string> dependents;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        dependents.insert(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    const std::set<std::string> covered = {"blocks", "sentences", "mentions",   "quotes",
                                           "notes",  "note_tags", "corrections"};
    CHECK(dependents == covered);
}
