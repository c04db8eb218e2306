// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The library's browsing queries: the filtered listing and the choices a filter offers.
#include "annalist/core/error.h"
#include "annalist/core/store/library.h"
#include "store/library_impl.h"
#include "store/search_query.h"
#include "store/statement.h"
#include "store/summary_rows.h"

#include <string>

namespace annalist::core {

using store::Statement;

namespace {

void checkLength(std::string_view value, std::string_view what) {
    if (value.size() > kMaxFilterTextBytes) {
        throw StoreError(std::string(what) + " is too long (" + std::to_string(value.size()) + " bytes, at most " +
                         std::to_string(kMaxFilterTextBytes) + ")");
    }
}

std::string orderClause(ArticleOrder order) {
    // Every order ends on the id so that equal keys list in a stable order.
    switch (order) {
    case ArticleOrder::Title:
        return "ORDER BY a.title = '', a.title COLLATE NOCASE, a.id DESC";
    case ArticleOrder::Source:
        return "ORDER BY a.source = '', a.source COLLATE NOCASE, a.published IS NULL, a.published DESC, a.id DESC";
    case ArticleOrder::EntityCount:
        return "ORDER BY 7 DESC, a.published IS NULL, a.published DESC, a.id DESC";
    case ArticleOrder::Date:
        break;
    }
    return "ORDER BY a.published IS NULL, a.published DESC, a.imported_at DESC, a.id DESC";
}

/// The WHERE clause of a filter; each criterion adds a condition on a named parameter only, so the
/// SQL text depends on which criteria are set, never on their values.
std::string whereClause(const ArticleFilter& filter, const std::string& match) {
    std::string where = "WHERE 1";
    if (!match.empty()) {
        where += " AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :match)";
    }
    if (filter.entityType) {
        where += " AND EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity_id "
                 "WHERE m.article_id = a.id AND e.type = :type)";
    }
    if (!filter.entityKey.empty()) {
        where += " AND EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity_id "
                 "WHERE m.article_id = a.id AND e.key = :key)";
    }
    if (!filter.source.empty()) {
        where += " AND a.source = :source";
    }
    // Partial dates are ISO prefixes: an article dated "2024-06" spans "2024-06" up to "2024-06~"
    // ('~' sorts after every digit and '-'), so a range test on strings finds overlapping dates.
    if (filter.publishedFrom && filter.publishedFrom->isValid()) {
        where += " AND a.published IS NOT NULL AND a.published || '~' >= :from";
    }
    if (filter.publishedTo && filter.publishedTo->isValid()) {
        where += " AND a.published IS NOT NULL AND a.published <= :to || '~'";
    }
    return where;
}

void bindFilter(Statement& query, const ArticleFilter& filter, const std::string& match) {
    if (!match.empty()) {
        query.bind(":match", match);
    }
    if (filter.entityType) {
        query.bind(":type", toString(*filter.entityType));
    }
    if (!filter.entityKey.empty()) {
        query.bind(":key", filter.entityKey);
    }
    if (!filter.source.empty()) {
        query.bind(":source", filter.source);
    }
    if (filter.publishedFrom && filter.publishedFrom->isValid()) {
        query.bind(":from", filter.publishedFrom->toIso());
    }
    if (filter.publishedTo && filter.publishedTo->isValid()) {
        query.bind(":to", filter.publishedTo->toIso());
    }
}

} // namespace

std::vector<ArticleSummary> Library::find(const ArticleFilter& filter) const {
    checkLength(filter.text, "the search text");
    checkLength(filter.entityKey, "the entity key");
    checkLength(filter.source, "the source");
    const std::string match = store::ftsQuery(filter.text);
    Statement query(m_impl->db, std::string(store::kSummaryColumns) + "FROM articles a " + whereClause(filter, match) +
                                    ' ' + orderClause(filter.order));
    bindFilter(query, filter, match);
    return store::collectSummaries(query);
}

std::vector<LibraryEntity> Library::entities() const {
    Statement query(m_impl->db, "SELECT e.key, e.type, e.name, count(DISTINCT m.article_id) AS articles "
                                "FROM entities e JOIN mentions m ON m.entity_id = e.id "
                                "GROUP BY e.id ORDER BY articles DESC, e.name COLLATE NOCASE, e.key");
    std::vector<LibraryEntity> entities;
    while (query.step()) {
        const auto type = parseEntityType(query.text(1));
        if (!type) {
            continue; // the schema's CHECK keeps this from happening; skipping beats failing a listing
        }
        entities.push_back(
            LibraryEntity{query.text(0), *type, query.text(2), static_cast<std::size_t>(query.int64(3))});
    }
    return entities;
}

std::vector<std::string> Library::sources() const {
    Statement query(m_impl->db,
                    "SELECT DISTINCT source FROM articles WHERE source <> '' ORDER BY source COLLATE NOCASE, source");
    std::vector<std::string> sources;
    while (query.step()) {
        sources.push_back(query.text(0));
    }
    return sources;
}

} // namespace annalist::core
