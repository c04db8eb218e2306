// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/transaction.h"

#include "store/database.h"

namespace annalist::core::store {

Transaction::Transaction(Database& db) : m_db(db) {
    // IMMEDIATE takes the write lock up front, so a read-then-insert (duplicate check) cannot race
    // another process writing the same library.
    m_db.execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (m_open) {
        try {
            m_db.execute("ROLLBACK");
        } catch (...) {
            // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL); nothing is left to undo.
        }
    }
}

void Transaction::commit() {
    m_db.execute("COMMIT");
    m_open = false;
}

} // namespace annalist::core::store
