// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migration_runner.h"

#include "annalist/core/error.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <string>

namespace annalist::core::store {
namespace {

int userVersion(Database& db) {
    Statement query(db, "PRAGMA user_version");
    return query.step() ? static_cast<int>(query.int64(0)) : 0;
}

bool hasUserTables(Database& db) {
    Statement query(db, "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    return query.step() && query.int64(0) > 0;
}

void applyOne(Database& db, const Migration& migration) {
    Transaction transaction(db);
    try {
        db.execute(migration.sql);
    } catch (const StoreError& error) {
        throw StoreError(std::string(error.what()) + " (in migration " + std::string(migration.name) + ")");
    }
    // PRAGMA takes no bound parameters; the number comes from the compiled-in migration list.
    db.execute("PRAGMA user_version = " + std::to_string(migration.version));
    transaction.commit();
}

} // namespace

int applyMigrations(Database& db) {
    const auto& all = migrations();
    const int latest = all.empty() ? 0 : all.back().version;
    int current = userVersion(db);
    if (current > latest) {
        db.fail("schema version " + std::to_string(current) + " is newer than this version of Annalist supports (" +
                std::to_string(latest) + "); open it with a newer Annalist");
    }
    // Migrating would write our tables into another program's database.
    if (current == 0 && hasUserTables(db)) {
        db.fail("is a SQLite database but not an Annalist library");
    }
    for (const Migration& migration : all) {
        if (migration.version > current) {
            applyOne(db, migration);
            current = migration.version;
        }
    }
    return current;
}

} // namespace annalist::core::store
