// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/correction_rows.h"

#include "store/database.h"
#include "store/statement.h"

#include <set>
#include <string>

namespace annalist::core::store {

namespace {

constexpr const char* kColumns = "SELECT id, scope, article_id, action, mention_start, mention_end, surface, "
                                 "entity_key, new_type, new_entity_key, new_name FROM corrections ";

std::size_t toSize(std::int64_t value) {
    return value < 0 ? 0 : static_cast<std::size_t>(value);
}

Correction correctionFromRow(Database& db, const Statement& row) {
    Correction correction;
    correction.id = row.int64(0);
    const auto scope = parseCorrectionScope(row.text(1));
    const auto kind = parseCorrectionKind(row.text(3));
    if (!scope || !kind) {
        db.fail("correction " + std::to_string(correction.id) + " has an unknown scope or action");
    }
    correction.scope = *scope;
    correction.kind = *kind;
    correction.articleId = row.isNull(2) ? 0 : row.int64(2);
    if (!row.isNull(4) && !row.isNull(5)) {
        correction.span = Span{toSize(row.int64(4)), toSize(row.int64(5))};
    }
    correction.surface = row.text(6);
    correction.entityKey = row.text(7);
    if (!row.isNull(8)) {
        correction.newType = parseEntityType(row.text(8));
    }
    correction.newEntityKey = row.isNull(9) ? std::string() : row.text(9);
    correction.newName = row.isNull(10) ? std::string() : row.text(10);
    return correction;
}

std::optional<std::string> optionalText(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

} // namespace

CorrectionId insertCorrection(Database& db, const Correction& c) {
    if (const std::string problem = c.problem(); !problem.empty()) {
        db.fail("cannot store the correction: " + problem);
    }
    Statement insert(db, "INSERT INTO corrections (scope, article_id, action, mention_start, mention_end, surface, "
                         "entity_key, new_type, new_entity_key, new_name) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert.bind(1, toString(c.scope));
    if (c.scope == CorrectionScope::Article) {
        insert.bind(2, c.articleId);
    }
    insert.bind(3, toString(c.kind));
    insert.bind(4, static_cast<std::int64_t>(c.span.start)).bind(5, static_cast<std::int64_t>(c.span.end));
    insert.bind(6, c.surface).bind(7, c.entityKey);
    insert.bind(8, c.newType ? std::optional<std::string>(std::string(toString(*c.newType))) : std::nullopt);
    insert.bind(9, optionalText(c.newEntityKey)).bind(10, optionalText(c.newName));
    insert.run();
    return db.lastInsertId();
}

std::optional<Correction> readCorrection(Database& db, CorrectionId id) {
    Statement query(db, std::string(kColumns) + "WHERE id = ?1");
    query.bind(1, id);
    return query.step() ? std::optional<Correction>(correctionFromRow(db, query)) : std::nullopt;
}

bool deleteCorrection(Database& db, CorrectionId id) {
    Statement erase(db, "DELETE FROM corrections WHERE id = ?1");
    erase.bind(1, id);
    erase.run();
    return db.changes() > 0;
}

std::vector<Correction> readCorrections(Database& db, std::int64_t articleId) {
    Statement query(db, std::string(kColumns) + "WHERE scope = 'library' OR article_id = ?1 ORDER BY id");
    query.bind(1, articleId);
    std::vector<Correction> corrections;
    while (query.step()) {
        corrections.push_back(correctionFromRow(db, query));
    }
    return corrections;
}

std::vector<std::int64_t> articlesAffectedBy(Database& db, const Correction& correction) {
    if (correction.scope == CorrectionScope::Article) {
        return {correction.articleId};
    }
    std::set<std::int64_t> ids;
    const auto collect = [&](const char* sql, const std::string& parameter) {
        Statement query(db, sql);
        query.bind(1, parameter);
        while (query.step()) {
            ids.insert(query.int64(0));
        }
    };
    if (!correction.surface.empty()) {
        collect("SELECT id FROM articles WHERE instr(text, ?1) > 0", correction.surface);
    }
    // The entity under its own key, under the keys corrections give it (key#…, type:rest) and the entity it joins.
    constexpr const char* kMentioning = "SELECT DISTINCT m.article_id FROM mentions m JOIN entities e "
                                        "ON e.id = m.entity_id WHERE e.key = ?1 OR substr(e.key, 1, length(?1) + 1) "
                                        "= ?1 || '#' OR substr(e.key, instr(e.key, ':')) = substr(?1, instr(?1, ':'))";
    if (correction.targetsEntity()) {
        collect(kMentioning, correction.entityKey);
    }
    if (!correction.newEntityKey.empty()) {
        collect(kMentioning, correction.newEntityKey);
    }
    return {ids.begin(), ids.end()};
}

} // namespace annalist::core::store
