// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace annalist::core::store {

class Database;

/// Brings the schema up to the newest compiled-in migration, each one in its own transaction, and
/// returns the resulting user_version. Throws StoreError when the file's schema is newer than this
/// build knows, or when it is a SQLite database of some other program.
int applyMigrations(Database& db);

} // namespace annalist::core::store
