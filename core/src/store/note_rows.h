// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <cstdint>
#include <vector>

namespace annalist::core::store {

class Database;

/// Inserts a note with its tags (duplicates dropped, order kept) and returns the note's id.
/// Runs inside the caller's transaction.
std::int64_t insertNote(Database& db, const ReaderNote& note);

/// An article's notes in text order, each with its tags in the order they were given.
[[nodiscard]] std::vector<ReaderNote> readNotes(Database& db, std::int64_t articleId);

} // namespace annalist::core::store
