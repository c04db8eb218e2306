// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/store/library.h"

#include "annalist/core/correct/apply_corrections.h"
#include "annalist/core/error.h"
#include "store/annotation_rows.h"
#include "store/article_rows.h"
#include "store/correction_rows.h"
#include "store/database.h"
#include "store/entity_rows.h"
#include "store/library_file.h"
#include "store/library_impl.h"
#include "store/migration_runner.h"
#include "store/note_rows.h"
#include "store/search_query.h"
#include "store/statement.h"
#include "store/summary_rows.h"
#include "store/transaction.h"

namespace annalist::core {

using store::collectSummaries;
using store::kSummaryColumns;
using store::Statement;
using store::Transaction;

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
    // A new article has no corrections of its own yet; the library-wide ones apply from its first import.
    store::writeAnnotation(db, id, applyCorrections(annotation, text, store::readCorrections(db, 0)));
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
    const std::string text = store::readArticle(db, id)->article.text();
    store::writeAnnotation(db, id, applyCorrections(annotation, text, store::readCorrections(db, id)));
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

CorrectionId Library::addCorrection(const Correction& correction) {
    store::Database& db = m_impl->db;
    Transaction transaction(db);
    if (correction.scope == CorrectionScope::Article && !store::articleExists(db, correction.articleId)) {
        db.fail("cannot store the correction: no article with id " + std::to_string(correction.articleId));
    }
    const CorrectionId id = store::insertCorrection(db, correction);
    transaction.commit();
    return id;
}

std::optional<Correction> Library::removeCorrection(CorrectionId id) {
    store::Database& db = m_impl->db;
    Transaction transaction(db);
    std::optional<Correction> removed = store::readCorrection(db, id);
    if (removed) {
        store::deleteCorrection(db, id);
    }
    transaction.commit();
    return removed;
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

std::vector<Correction> Library::corrections(ArticleId articleId) const {
    return store::readCorrections(m_impl->db, articleId);
}

std::vector<ArticleId> Library::articlesAffectedBy(const Correction& correction) const {
    return store::articlesAffectedBy(m_impl->db, correction);
}

std::vector<EntityRecord> Library::findEntities(std::string_view namePart, std::size_t limit) const {
    Statement query(m_impl->db, "SELECT e.key, e.type, e.name, e.description, count(DISTINCT m.article_id) AS n "
                                "FROM entities e JOIN mentions m ON m.entity_id = e.id "
                                "WHERE instr(lower(e.name), lower(?1)) > 0 GROUP BY e.id "
                                "ORDER BY n DESC, e.name LIMIT ?2");
    query.bind(1, namePart).bind(2, static_cast<std::int64_t>(limit));
    std::vector<EntityRecord> found;
    while (query.step()) {
        const auto type = parseEntityType(query.text(1));
        found.push_back(EntityRecord{query.text(0), type.value_or(EntityType::Person), query.text(2), query.text(3),
                                     static_cast<std::size_t>(query.int64(4))});
    }
    return found;
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
