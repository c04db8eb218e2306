// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace annalist::core::store {

class Database;

/// Inserts a note with its tags (normalised) and returns the note's id; a non-zero note.id is kept.
/// Checks colour, sizes and span first. Runs inside the caller's transaction.
std::int64_t insertNote(Database& db, const ReaderNote& note);

/// Rewrites a note's row and tags; false when the id is unknown. Runs inside the caller's transaction.
bool updateNoteRow(Database& db, const ReaderNote& note);

/// Deletes a note (its tags follow by cascade); false when the id is unknown.
bool deleteNoteRow(Database& db, std::int64_t noteId);

/// An article's notes in text order, each with its tags in the order they were given.
[[nodiscard]] std::vector<ReaderNote> readNotes(Database& db, std::int64_t articleId);

/// One note, or nullopt.
[[nodiscard]] std::optional<ReaderNote> readNote(Database& db, std::int64_t noteId);

/// Notes carrying a tag, by article then in text order.
[[nodiscard]] std::vector<ReaderNote> readNotesTagged(Database& db, std::string_view tag);

/// Moves the stored spans of an article's notes to where their quotes are now; returns how many
/// notes are orphaned. Runs inside the caller's transaction.
std::size_t reanchorArticleNotes(Database& db, std::int64_t articleId);

} // namespace annalist::core::store
