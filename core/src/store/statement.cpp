// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/statement.h"

#include "store/database.h"

#include <sqlite3.h>

namespace annalist::core::store {

Statement::Statement(Database& db, std::string_view sql) : m_db(db) {
    const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    db.check(rc, "cannot prepare statement");
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::int64_t value) {
    m_db.check(sqlite3_bind_int64(m_stmt, index, value), "cannot bind parameter");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    m_db.check(sqlite3_bind_double(m_stmt, index, value), "cannot bind parameter");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    // SQLITE_TRANSIENT: the caller's string may not outlive the statement's next step.
    const int rc = sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    m_db.check(rc, "cannot bind parameter");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

Statement& Statement::bindNull(int index) {
    m_db.check(sqlite3_bind_null(m_stmt, index), "cannot bind parameter");
    return *this;
}

Statement& Statement::bind(const char* name, std::int64_t value) {
    return bind(indexOf(name), value);
}

Statement& Statement::bind(const char* name, double value) {
    return bind(indexOf(name), value);
}

Statement& Statement::bind(const char* name, std::string_view value) {
    return bind(indexOf(name), value);
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    m_db.check(rc, "statement failed");
    return rc == SQLITE_ROW;
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data != nullptr ? std::string(data, static_cast<std::size_t>(size)) : std::string();
}

int Statement::indexOf(const char* name) const {
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0) {
        m_db.fail(std::string("statement has no parameter ") + name);
    }
    return index;
}

} // namespace annalist::core::store
