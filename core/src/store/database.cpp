// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include "annalist/core/error.h"

#include <sqlite3.h>

namespace annalist::core::store {

Database::Database(const std::filesystem::path& file) : m_path(file) {
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(file.string().c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        // sqlite3_open_v2 may hand back a handle even on failure; it still has to be closed.
        const std::string message = m_db != nullptr ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError("cannot open library " + m_path.string() + ": " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database() {
    // Statements are owned by RAII objects that die first, so close cannot be left busy.
    sqlite3_close(m_db);
}

void Database::execute(std::string_view sql) {
    char* error = nullptr;
    const std::string script(sql);
    const int rc = sqlite3_exec(m_db, script.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = error != nullptr ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        fail(message);
    }
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

void Database::check(int code, std::string_view what) const {
    if (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE) {
        return;
    }
    fail(std::string(what) + ": " + sqlite3_errmsg(m_db));
}

void Database::fail(std::string_view what) const {
    throw StoreError("library " + m_path.string() + ": " + std::string(what));
}

} // namespace annalist::core::store
