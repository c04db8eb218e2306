// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace annalist::core::store {

class Database;

/// Opens a write transaction; rolls it back on destruction unless commit() was called.
class Transaction final {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Makes the changes permanent. Throws StoreError if SQLite refuses.
    void commit();

private:
    Database& m_db;
    bool m_open = true;
};

} // namespace annalist::core::store
