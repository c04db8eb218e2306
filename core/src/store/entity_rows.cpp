// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/entity_rows.h"

#include "store/statement.h"

#include <algorithm>

namespace annalist::core::store {

namespace {

// Keys are short identifiers; anything longer cannot be stored and is not worth a query.
constexpr std::size_t kMaxKeyBytes = 512;
constexpr std::size_t kMaxRows = 1000;

std::int64_t rowLimit(std::size_t limit) {
    return static_cast<std::int64_t>(std::clamp<std::size_t>(limit, 1, kMaxRows));
}

PartialDate dateColumn(const Statement& row, int column) {
    return row.isNull(column) ? PartialDate{} : PartialDate::parse(row.text(column)).value_or(PartialDate{});
}

/// Runs a query bound to an entity key (?1) and a row limit (?2) and reads each row; no rows for a key that is empty
/// or too long to be stored.
template <typename Row, typename ReadRow>
std::vector<Row> rowsForKey(Database& db, const char* sql, std::string_view key, std::size_t limit, ReadRow readRow) {
    std::vector<Row> rows;
    if (key.empty() || key.size() > kMaxKeyBytes) {
        return rows;
    }
    Statement query(db, sql);
    query.bind(1, key).bind(2, rowLimit(limit));
    while (query.step()) {
        rows.push_back(readRow(query));
    }
    return rows;
}

} // namespace

std::vector<EntityAppearance> readAppearances(Database& db, std::string_view key, std::size_t limit) {
    return rowsForKey<EntityAppearance>(
        db,
        "SELECT a.id, a.title, a.published, a.imported_at, count(*) FROM mentions m "
        "JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id "
        "WHERE e.key = ?1 GROUP BY a.id "
        "ORDER BY coalesce(a.published, substr(a.imported_at, 1, 10)), a.imported_at, a.id LIMIT ?2",
        key, limit, [](const Statement& row) {
            return EntityAppearance{row.int64(0), row.text(1), dateColumn(row, 2), row.text(3),
                                    static_cast<std::size_t>(row.int64(4))};
        });
}

std::vector<EntityCompanion> readCompanions(Database& db, std::string_view key, std::size_t limit) {
    // Co-occurrence by article: every article that mentions the entity counts once for each companion.
    return rowsForKey<EntityCompanion>(
        db,
        "WITH shared AS (SELECT DISTINCT m.article_id FROM mentions m "
        "JOIN entities e ON e.id = m.entity_id WHERE e.key = ?1) "
        "SELECT o.key, o.type, o.name, count(DISTINCT c.article_id), count(*) FROM shared "
        "JOIN mentions c ON c.article_id = shared.article_id JOIN entities o ON o.id = c.entity_id "
        "WHERE o.key <> ?1 AND o.type NOT IN ('date', 'event') GROUP BY o.id "
        "ORDER BY count(DISTINCT c.article_id) DESC, count(*) DESC, o.name LIMIT ?2",
        key, limit, [](const Statement& row) {
            return EntityCompanion{row.text(0), parseEntityType(row.text(1)).value_or(EntityType::Person), row.text(2),
                                   static_cast<std::size_t>(row.int64(3)), static_cast<std::size_t>(row.int64(4))};
        });
}

std::vector<AttributedQuote> readQuotesBy(Database& db, std::string_view key, std::size_t limit) {
    // SQLite's substr counts characters of UTF-8 text, which are the code points the offsets count.
    return rowsForKey<AttributedQuote>(
        db,
        "SELECT q.article_id, a.title, a.published, q.span_start, q.span_end, "
        "substr(a.text, q.span_start + 1, q.span_end - q.span_start) FROM quotes q "
        "JOIN entities e ON e.id = q.speaker_entity_id JOIN articles a ON a.id = q.article_id "
        "WHERE e.key = ?1 ORDER BY coalesce(a.published, '') DESC, a.id DESC, q.span_start LIMIT ?2",
        key, limit, [](const Statement& row) {
            AttributedQuote quote{row.int64(0), row.text(1), dateColumn(row, 2), {}, row.text(5)};
            quote.span = {static_cast<std::size_t>(row.int64(3)), static_cast<std::size_t>(row.int64(4))};
            return quote;
        });
}

} // namespace annalist::core::store
