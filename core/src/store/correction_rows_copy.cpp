// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/correction_rows_copy.h"

#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <cctype>

namespace annalist::core::store {
namespace {

std::vector<std::string> copiedColumns(Database& db) {
    Statement query(db, "SELECT name FROM pragma_table_info('corrections') ORDER BY cid");
    std::vector<std::string> columns;
    while (query.step()) {
        std::string name = query.text(0);
        if (name != "id" && name != "article_id") {
            columns.push_back(std::move(name));
        }
    }
    return columns;
}

/// Column names come from the schema, not the user, yet they are still checked before they are
/// quoted into SQL: only plain identifiers pass.
std::string quoted(const std::string& column, Database& db) {
    const bool plain = !column.empty() && std::all_of(column.begin(), column.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
    });
    if (!plain) {
        db.fail("unexpected column name in corrections: " + column);
    }
    return '"' + column + '"';
}

std::string columnList(const std::vector<std::string>& columns, Database& db) {
    std::string list;
    for (const std::string& column : columns) {
        list += (list.empty() ? "" : ", ") + quoted(column, db);
    }
    return list;
}

} // namespace

CopiedRows copyCorrections(Database& db, std::int64_t articleId) {
    CopiedRows copied;
    copied.columns = copiedColumns(db);
    Statement query(db, "SELECT " + columnList(copied.columns, db) +
                            " FROM corrections WHERE article_id = ?1 "
                            "ORDER BY id");
    query.bind(1, articleId);
    while (query.step()) {
        std::vector<std::optional<std::string>> row;
        for (std::size_t i = 0; i < copied.columns.size(); ++i) {
            const int column = static_cast<int>(i);
            row.push_back(query.isNull(column) ? std::nullopt : std::optional<std::string>(query.text(column)));
        }
        copied.rows.push_back(std::move(row));
    }
    return copied;
}

void insertCorrections(Database& db, std::int64_t articleId, const CopiedRows& copied) {
    if (copied.rows.empty()) {
        return;
    }
    std::string placeholders = "?1";
    for (std::size_t i = 0; i < copied.columns.size(); ++i) {
        placeholders += ", ?" + std::to_string(i + 2);
    }
    Statement insert(db, "INSERT INTO corrections (article_id, " + columnList(copied.columns, db) + ") VALUES (" +
                             placeholders + ")");
    for (const auto& row : copied.rows) {
        if (row.size() != copied.columns.size()) {
            db.fail("a copied correction has " + std::to_string(row.size()) + " values for " +
                    std::to_string(copied.columns.size()) + " columns");
        }
        insert.bind(1, articleId);
        for (std::size_t i = 0; i < row.size(); ++i) {
            insert.bind(static_cast<int>(i) + 2, row[i]);
        }
        insert.run();
        insert.reset();
    }
}

} // namespace annalist::core::store
