// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/store/library.h"

#include "annalist/core/error.h"
#include "store/annotation_rows.h"
#include "store/article_rows.h"
#include "store/database.h"
#include "store/entity_rows.h"
#include "store/library_file.h"
#include "store/migration_runner.h"
#include "store/note_rows.h"
#include "store/search_query.h"
#include "store/statement.h"
#include "store/transaction.h"

namespace annalist::core {

using store::Statement;
using store::Transaction;

struct Library::Impl {
    explicit Impl(const std::filesystem::path& file) : path(file), db(store::openLibraryFile(file)) {
        store::configureConnection(db);
        version = store::applyMigrations(db);
    }

    std::filesystem::path path;
    store::Database db;
    int version = 0;
};

namespace {

// Shared by list() and search() so both fill ArticleSummary the same way.
constexpr const char* kSummaryColumns =
    "SELECT a.id, a.title, a.source, a.language, a.published, a.imported_at, "
    "(SELECT count(DISTINCT m.entity_id) FROM mentions m WHERE m.article_id = a.id) ";

ArticleSummary summaryFromRow(const Statement& row) {
    ArticleSummary summary;
    summary.id = row.int64(0);
    summary.title = row.text(1);
    summary.source = row.text(2);
    summary.language = row.text(3);
    if (!row.isNull(4)) {
        summary.published = PartialDate::parse(row.text(4)).value_or(PartialDate{});
    }
    summary.importedAt = row.text(5);
    summary.entityCount = static_cast<std::size_t>(row.int64(6));
    return summary;
}

std::vector<ArticleSummary> collectSummaries(Statement& query) {
    std::vector<ArticleSummary> summaries;
    while (query.step()) {
        summaries.push_back(summaryFromRow(query));
    }
    return summaries;
}

} // namespace

Library::Library(const std::filesystem::path& file) : m_impl(std::make_unique<Impl>(file)) {}

Library::~Library() = default;
Library::Library(Library&&) noexcept = default;
Library& Library::operator=(Library&&) noexcept = default;

ImportResult Library::importArticle(const Article& article, const Annotation& annotation) {
    store::Database& db = m_impl->db;
    const std::string text = article.text();
    Transaction transaction(db);
    if (const auto existing = store::findDuplicate(db, text, article.url)) {
        return ImportResult{*existing, false}; // the guard rolls back the empty transaction
    }
    const ArticleId id = store::insertArticle(db, article, text, annotation.language);
    store::writeAnnotation(db, id, annotation);
    transaction.commit();
    return ImportResult{id, true};
}

void Library::replaceAnnotation(ArticleId id, const Annotation& annotation) {
    store::Database& db = m_impl->db;
    Transaction transaction(db);
    if (!store::articleExists(db, id)) {
        db.fail("no article with id " + std::to_string(id));
    }
    store::deleteAnnotation(db, id);
    store::writeAnnotation(db, id, annotation);
    Statement update(db, "UPDATE articles SET annotation_language = ?1, "
                         "updated_at = strftime('%Y-%m-%d %H:%M:%S', 'now') WHERE id = ?2");
    update.bind(1, annotation.language).bind(2, id);
    update.run();
    transaction.commit();
}

std::vector<ArticleSummary> Library::list() const {
    // An unknown date sorts last; a partial date sorts before the full dates it contains.
    Statement query(m_impl->db, std::string(kSummaryColumns) +
                                    "FROM articles a ORDER BY a.published IS NULL, a.published DESC, "
                                    "a.imported_at DESC, a.id DESC");
    return collectSummaries(query);
}

std::vector<ArticleSummary> Library::search(std::string_view query) const {
    const std::string match = store::ftsQuery(query);
    if (match.empty()) {
        return {};
    }
    Statement select(m_impl->db, std::string(kSummaryColumns) +
                                     "FROM articles_fts f JOIN articles a ON a.id = f.rowid "
                                     "WHERE articles_fts MATCH ?1 ORDER BY f.rank, a.id DESC");
    select.bind(1, match);
    return collectSummaries(select);
}

std::optional<StoredArticle> Library::load(ArticleId id) const {
    auto row = store::readArticle(m_impl->db, id);
    if (!row) {
        return std::nullopt;
    }
    Annotation annotation = store::readAnnotation(m_impl->db, id, std::move(row->annotationLanguage));
    return StoredArticle{id, std::move(row->article), std::move(annotation)};
}

bool Library::remove(ArticleId id) {
    store::Database& db = m_impl->db;
    Transaction transaction(db);
    Statement erase(db, "DELETE FROM articles WHERE id = ?1");
    erase.bind(1, id);
    erase.run();
    const bool removed = db.changes() > 0;
    transaction.commit();
    return removed;
}

std::size_t Library::articleCount() const {
    Statement query(m_impl->db, "SELECT count(*) FROM articles");
    return query.step() ? static_cast<std::size_t>(query.int64(0)) : 0;
}

int Library::schemaVersion() const {
    return m_impl->version;
}

std::int64_t Library::addNote(const ReaderNote& note) {
    store::Database& db = m_impl->db;
    Transaction transaction(db);
    if (!store::articleExists(db, note.articleId)) {
        db.fail("cannot add a note: no article with id " + std::to_string(note.articleId));
    }
    const std::int64_t id = store::insertNote(db, note);
    transaction.commit();
    return id;
}

std::vector<ReaderNote> Library::notes(ArticleId articleId) const {
    return store::readNotes(m_impl->db, articleId);
}

std::vector<EntityAppearance> Library::appearances(std::string_view entityKey, std::size_t limit) const {
    return store::readAppearances(m_impl->db, entityKey, limit);
}

std::vector<EntityCompanion> Library::companions(std::string_view entityKey, std::size_t limit) const {
    return store::readCompanions(m_impl->db, entityKey, limit);
}

std::vector<AttributedQuote> Library::quotesBy(std::string_view entityKey, std::size_t limit) const {
    return store::readQuotesBy(m_impl->db, entityKey, limit);
}

std::optional<ReaderNote> Library::note(std::int64_t noteId) const {
    return store::readNote(m_impl->db, noteId);
}

bool Library::updateNote(const ReaderNote& note) {
    store::Database& db = m_impl->db;
    Transaction transaction(db);
    const bool updated = store::updateNoteRow(db, note);
    transaction.commit();
    return updated;
}

bool Library::removeNote(std::int64_t noteId) {
    store::Database& db = m_impl->db;
    Transaction transaction(db);
    const bool removed = store::deleteNoteRow(db, noteId);
    transaction.commit();
    return removed;
}

std::vector<ReaderNote> Library::notesTagged(std::string_view tag) const {
    return store::readNotesTagged(m_impl->db, tag);
}

std::size_t Library::reanchorNotes(ArticleId articleId) {
    store::Database& db = m_impl->db;
    Transaction transaction(db);
    const std::size_t orphaned = store::reanchorArticleNotes(db, articleId);
    transaction.commit();
    return orphaned;
}

const std::filesystem::path& Library::path() const {
    return m_impl->path;
}

} // namespace annalist::core
