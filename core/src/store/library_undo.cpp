// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Removal that can be undone. The removed article is kept by the caller as a snapshot rather than
// left in the file marked deleted: every other query (listing, search, entity timelines, library-wide
// corrections) then stays correct without having to skip deleted rows, and nothing needs purging.
#include "annalist/core/store/library.h"
#include "store/annotation_rows.h"
#include "store/article_rows.h"
#include "store/correction_rows_copy.h"
#include "store/library_impl.h"
#include "store/note_rows.h"
#include "store/statement.h"
#include "store/transaction.h"

namespace annalist::core {

using store::Statement;
using store::Transaction;

namespace {

std::string importedAt(store::Database& db, ArticleId id) {
    Statement query(db, "SELECT imported_at FROM articles WHERE id = ?1");
    query.bind(1, id);
    return query.step() ? query.text(0) : std::string();
}

std::optional<ArticleSnapshot> takeSnapshot(store::Database& db, ArticleId id) {
    auto row = store::readArticle(db, id);
    if (!row) {
        return std::nullopt;
    }
    ArticleSnapshot snapshot;
    snapshot.stored.id = id;
    snapshot.stored.annotation = store::readAnnotation(db, id, row->annotationLanguage);
    snapshot.stored.article = std::move(row->article);
    snapshot.notes = store::readNotes(db, id);
    snapshot.importedAt = importedAt(db, id);
    store::CopiedRows corrections = store::copyCorrections(db, id);
    snapshot.correctionColumns = std::move(corrections.columns);
    snapshot.correctionRows = std::move(corrections.rows);
    return snapshot;
}

} // namespace

std::optional<ArticleSnapshot> Library::removeKeepingSnapshot(ArticleId id) {
    store::Database& db = m_impl->db;
    Transaction transaction(db);
    std::optional<ArticleSnapshot> snapshot = takeSnapshot(db, id);
    if (!snapshot) {
        return std::nullopt;
    }
    Statement erase(db, "DELETE FROM articles WHERE id = ?1");
    erase.bind(1, id);
    erase.run();
    transaction.commit();
    return snapshot;
}

ImportResult Library::restore(const ArticleSnapshot& snapshot) {
    store::Database& db = m_impl->db;
    const Article& article = snapshot.stored.article;
    const std::string text = article.text();
    Transaction transaction(db);
    if (const auto existing = store::findDuplicate(db, text, article.url)) {
        return ImportResult{*existing, false};
    }
    const ArticleId id = store::insertArticle(db, article, text, snapshot.stored.annotation.language);
    store::writeAnnotation(db, id, snapshot.stored.annotation);
    for (ReaderNote note : snapshot.notes) {
        note.articleId = id;
        store::insertNote(db, note);
    }
    store::insertCorrections(db, id, store::CopiedRows{snapshot.correctionColumns, snapshot.correctionRows});
    if (!snapshot.importedAt.empty()) {
        // The article keeps its place in "newest imported" order.
        Statement keepDate(db, "UPDATE articles SET imported_at = ?1 WHERE id = ?2");
        keepDate.bind(1, snapshot.importedAt).bind(2, id);
        keepDate.run();
    }
    transaction.commit();
    return ImportResult{id, true};
}

} // namespace annalist::core
