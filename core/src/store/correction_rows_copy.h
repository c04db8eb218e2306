// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace annalist::core::store {

class Database;

/// An article's rows of the corrections table, every column but the id and the article id.
struct CopiedRows {
    std::vector<std::string> columns;
    std::vector<std::vector<std::optional<std::string>>> rows;
};

/// Copies an article's correction rows. Column names come from the schema itself, so columns a
/// later migration adds are copied too. Runs inside the caller's transaction.
[[nodiscard]] CopiedRows copyCorrections(Database& db, std::int64_t articleId);

/// Inserts copied correction rows for an article. Values go back as text and SQLite's column
/// affinity turns numbers back into numbers.
void insertCorrections(Database& db, std::int64_t articleId, const CopiedRows& copied);

} // namespace annalist::core::store
