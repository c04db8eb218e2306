// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/note_rows.h"

#include "annalist/core/notes/note_anchor.h"
#include "annalist/core/notes/note_rules.h"
#include "annalist/core/text/unicode.h"
#include "store/database.h"
#include "store/statement.h"

#include <map>
#include <string>

namespace annalist::core::store {
namespace {

constexpr const char* kNoteColumns =
    "SELECT n.id, n.article_id, n.span_start, n.span_end, n.quote, n.prefix, n.suffix, n.color, n.note FROM notes n ";

void checkNote(Database& db, const ReaderNote& note) {
    if (note.span.end < note.span.start) {
        db.fail("a note cannot end before it starts");
    }
    if (!isNoteColor(note.color)) {
        db.fail("unknown note colour '" + note.color.substr(0, 20) + "'");
    }
    if (note.note.size() > kMaxNoteTextBytes) {
        db.fail("a note's text is limited to " + std::to_string(kMaxNoteTextBytes / 1024) + " KiB");
    }
    if (note.quote.size() > kMaxNoteQuoteBytes || note.prefix.size() > kMaxNoteQuoteBytes ||
        note.suffix.size() > kMaxNoteQuoteBytes) {
        db.fail("a note's passage is limited to " + std::to_string(kMaxNoteQuoteBytes / 1024) + " KiB");
    }
}

void writeTags(Database& db, std::int64_t noteId, const std::vector<std::string>& given) {
    const std::vector<std::string> tags = normalizedTags(given);
    if (tags.size() > kMaxNoteTags) {
        db.fail("a note may carry at most " + std::to_string(kMaxNoteTags) + " tags");
    }
    Statement insert(db, "INSERT INTO note_tags (note_id, tag) VALUES (?1, ?2)");
    for (const std::string& tag : tags) {
        if (tag.size() > kMaxTagBytes) {
            db.fail("a tag is limited to " + std::to_string(kMaxTagBytes) + " bytes");
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

ReaderNote noteFromRow(const Statement& row) {
    ReaderNote note;
    note.id = row.int64(0);
    note.articleId = row.int64(1);
    note.span = Span{static_cast<std::size_t>(row.int64(2)), static_cast<std::size_t>(row.int64(3))};
    note.quote = row.text(4);
    note.prefix = row.text(5);
    note.suffix = row.text(6);
    note.color = row.text(7);
    note.note = row.text(8);
    return note;
}

std::string articleText(Database& db, std::int64_t articleId) {
    Statement query(db, "SELECT text FROM articles WHERE id = ?1");
    query.bind(1, articleId);
    return query.step() ? query.text(0) : std::string();
}

/// Reads every row of a note query, then the tags and orphan state of each note.
std::vector<ReaderNote> collectNotes(Database& db, Statement& query) {
    std::vector<ReaderNote> notes;
    while (query.step()) {
        notes.push_back(noteFromRow(query));
    }
    std::map<std::int64_t, std::string> texts;
    for (ReaderNote& note : notes) {
        note.tags = readTags(db, note.id);
        auto text = texts.find(note.articleId);
        if (text == texts.end()) {
            text = texts.emplace(note.articleId, articleText(db, note.articleId)).first;
        }
        const Anchor anchor = reanchor(QuoteSelector{note.quote, note.prefix, note.suffix}, note.span, text->second);
        // A note without a quote cannot be checked, so it is never called lost.
        note.orphaned = !note.quote.empty() && anchor.match != AnchorMatch::Unchanged;
    }
    return notes;
}

} // namespace

std::int64_t insertNote(Database& db, const ReaderNote& note) {
    checkNote(db, note);
    Statement insert(db, "INSERT INTO notes (id, article_id, span_start, span_end, quote, prefix, suffix, color, note) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (note.id > 0) {
        insert.bind(1, note.id);
    } else {
        insert.bindNull(1);
    }
    insert.bind(2, note.articleId);
    insert.bind(3, static_cast<std::int64_t>(note.span.start)).bind(4, static_cast<std::int64_t>(note.span.end));
    insert.bind(5, note.quote).bind(6, note.prefix).bind(7, note.suffix).bind(8, note.color).bind(9, note.note);
    insert.run();
    const std::int64_t id = db.lastInsertId();
    writeTags(db, id, note.tags);
    return id;
}

bool updateNoteRow(Database& db, const ReaderNote& note) {
    checkNote(db, note);
    Statement update(db, "UPDATE notes SET span_start = ?2, span_end = ?3, quote = ?4, prefix = ?5, suffix = ?6, "
                         "color = ?7, note = ?8, updated_at = strftime('%Y-%m-%d %H:%M:%S', 'now') WHERE id = ?1");
    update.bind(1, note.id);
    update.bind(2, static_cast<std::int64_t>(note.span.start)).bind(3, static_cast<std::int64_t>(note.span.end));
    update.bind(4, note.quote).bind(5, note.prefix).bind(6, note.suffix).bind(7, note.color).bind(8, note.note);
    update.run();
    if (db.changes() == 0) {
        return false;
    }
    Statement clear(db, "DELETE FROM note_tags WHERE note_id = ?1");
    clear.bind(1, note.id);
    clear.run();
    writeTags(db, note.id, note.tags);
    return true;
}

bool deleteNoteRow(Database& db, std::int64_t noteId) {
    Statement erase(db, "DELETE FROM notes WHERE id = ?1");
    erase.bind(1, noteId);
    erase.run();
    return db.changes() > 0;
}

std::vector<ReaderNote> readNotes(Database& db, std::int64_t articleId) {
    Statement query(db, std::string(kNoteColumns) + "WHERE n.article_id = ?1 ORDER BY n.span_start, n.span_end, n.id");
    query.bind(1, articleId);
    return collectNotes(db, query);
}

std::optional<ReaderNote> readNote(Database& db, std::int64_t noteId) {
    Statement query(db, std::string(kNoteColumns) + "WHERE n.id = ?1");
    query.bind(1, noteId);
    std::vector<ReaderNote> notes = collectNotes(db, query);
    return notes.empty() ? std::nullopt : std::optional<ReaderNote>(std::move(notes.front()));
}

std::vector<ReaderNote> readNotesTagged(Database& db, std::string_view tag) {
    const std::vector<std::string> normalized = normalizedTags({std::string(tag)});
    if (normalized.empty()) {
        return {};
    }
    Statement query(db, std::string(kNoteColumns) + "JOIN note_tags t ON t.note_id = n.id WHERE t.tag = ?1 "
                                                    "ORDER BY n.article_id, n.span_start, n.span_end, n.id");
    query.bind(1, normalized.front());
    return collectNotes(db, query);
}

std::size_t reanchorArticleNotes(Database& db, std::int64_t articleId) {
    const std::string text = articleText(db, articleId);
    Statement move(db, "UPDATE notes SET span_start = ?2, span_end = ?3, "
                       "updated_at = strftime('%Y-%m-%d %H:%M:%S', 'now') WHERE id = ?1");
    std::size_t orphaned = 0;
    for (const ReaderNote& note : readNotes(db, articleId)) {
        const Anchor anchor = reanchor(QuoteSelector{note.quote, note.prefix, note.suffix}, note.span, text);
        if (!anchor.span) {
            // Kept as it was: the panel shows it as orphaned, and a later text may hold the quote again.
            orphaned += note.quote.empty() ? 0 : 1;
            continue;
        }
        if (*anchor.span != note.span) {
            move.bind(1, note.id);
            move.bind(2, static_cast<std::int64_t>(anchor.span->start));
            move.bind(3, static_cast<std::int64_t>(anchor.span->end));
            move.run();
            move.reset();
        }
    }
    return orphaned;
}

} // namespace annalist::core::store
