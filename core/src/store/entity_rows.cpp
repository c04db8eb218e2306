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

} // namespace

std::vector<EntityAppearance> readAppearances(Database& db, std::string_view key, std::size_t limit) {
    std::vector<EntityAppearance> appearances;
    if (key.empty() || key.size() > kMaxKeyBytes) {
        return appearances;
    }
    Statement query(db, "SELECT a.id, a.title, a.published, a.imported_at, count(*) FROM mentions m "
                        "JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id "
                        "WHERE e.key = ?1 GROUP BY a.id "
                        "ORDER BY coalesce(a.published, substr(a.imported_at, 1, 10)), a.imported_at, a.id LIMIT ?2");
    query.bind(1, key).bind(2, rowLimit(limit));
    while (query.step()) {
        appearances.push_back({query.int64(0), query.text(1), dateColumn(query, 2), query.text(3),
                               static_cast<std::size_t>(query.int64(4))});
    }
    return appearances;
}

std::vector<EntityCompanion> readCompanions(Database& db, std::string_view key, std::size_t limit) {
    std::vector<EntityCompanion> companions;
    if (key.empty() || key.size() > kMaxKeyBytes) {
        return companions;
    }
    // Co-occurrence by article: every article that mentions the entity counts once for each companion.
    Statement query(db, "WITH shared AS (SELECT DISTINCT m.article_id FROM mentions m "
                        "JOIN entities e ON e.id = m.entity_id WHERE e.key = ?1) "
                        "SELECT o.key, o.type, o.name, count(DISTINCT c.article_id), count(*) FROM shared "
                        "JOIN mentions c ON c.article_id = shared.article_id JOIN entities o ON o.id = c.entity_id "
                        "WHERE o.key <> ?1 AND o.type NOT IN ('date', 'event') GROUP BY o.id "
                        "ORDER BY count(DISTINCT c.article_id) DESC, count(*) DESC, o.name LIMIT ?2");
    query.bind(1, key).bind(2, rowLimit(limit));
    while (query.step()) {
        companions.push_back({query.text(0), parseEntityType(query.text(1)).value_or(EntityType::Person), query.text(2),
                              static_cast<std::size_t>(query.int64(3)), static_cast<std::size_t>(query.int64(4))});
    }
    return companions;
}

std::vector<AttributedQuote> readQuotesBy(Database& db, std::string_view key, std::size_t limit) {
    std::vector<AttributedQuote> quotes;
    if (key.empty() || key.size() > kMaxKeyBytes) {
        return quotes;
    }
    // SQLite's substr counts characters of UTF-8 text, which are the code points the offsets count.
    Statement query(db, "SELECT q.article_id, a.title, a.published, q.span_start, q.span_end, "
                        "substr(a.text, q.span_start + 1, q.span_end - q.span_start) FROM quotes q "
                        "JOIN entities e ON e.id = q.speaker_entity_id JOIN articles a ON a.id = q.article_id "
                        "WHERE e.key = ?1 ORDER BY coalesce(a.published, '') DESC, a.id DESC, q.span_start LIMIT ?2");
    query.bind(1, key).bind(2, rowLimit(limit));
    while (query.step()) {
        AttributedQuote quote{query.int64(0), query.text(1), dateColumn(query, 2), {}, query.text(5)};
        quote.span = {static_cast<std::size_t>(query.int64(3)), static_cast<std::size_t>(query.int64(4))};
        quotes.push_back(std::move(quote));
    }
    return quotes;
}

} // namespace annalist::core::store
