// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/note_rows.h"

#include "store/database.h"
#include "store/statement.h"

namespace annalist::core::store {
namespace {

void insertTags(Database& db, std::int64_t noteId, const std::vector<std::string>& tags) {
    Statement insert(db, "INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?1, ?2)");
    for (const std::string& tag : tags) {
        if (tag.empty()) {
            continue;
        }
        insert.bind(1, noteId).bind(2, tag);
        insert.run();
        insert.reset();
    }
}

std::vector<std::string> readTags(Database& db, std::int64_t noteId) {
    // rowid follows insertion, which keeps the reader's own tag order.
    Statement query(db, "SELECT tag FROM note_tags WHERE note_id = ?1 ORDER BY rowid");
    query.bind(1, noteId);
    std::vector<std::string> tags;
    while (query.step()) {
        tags.push_back(query.text(0));
    }
    return tags;
}

} // namespace

std::int64_t insertNote(Database& db, const ReaderNote& note) {
    if (note.span.end < note.span.start) {
        db.fail("a note cannot end before it starts");
    }
    Statement insert(db, "INSERT INTO notes (article_id, span_start, span_end, quote, prefix, suffix, color, note) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bind(1, note.articleId);
    insert.bind(2, static_cast<std::int64_t>(note.span.start)).bind(3, static_cast<std::int64_t>(note.span.end));
    insert.bind(4, note.quote).bind(5, note.prefix).bind(6, note.suffix).bind(7, note.color).bind(8, note.note);
    insert.run();
    const std::int64_t id = db.lastInsertId();
    insertTags(db, id, note.tags);
    return id;
}

std::vector<ReaderNote> readNotes(Database& db, std::int64_t articleId) {
    Statement query(db, "SELECT id, span_start, span_end, quote, prefix, suffix, color, note FROM notes "
                        "WHERE article_id = ?1 ORDER BY span_start, span_end, id");
    query.bind(1, articleId);
    std::vector<ReaderNote> notes;
    while (query.step()) {
        ReaderNote note;
        note.id = query.int64(0);
        note.articleId = articleId;
        note.span = Span{static_cast<std::size_t>(query.int64(1)), static_cast<std::size_t>(query.int64(2))};
        note.quote = query.text(3);
        note.prefix = query.text(4);
        note.suffix = query.text(5);
        note.color = query.text(6);
        note.note = query.text(7);
        notes.push_back(std::move(note));
    }
    for (ReaderNote& note : notes) {
        note.tags = readTags(db, note.id);
    }
    return notes;
}

} // namespace annalist::core::store
