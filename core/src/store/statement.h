// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace annalist::core::store {

class Database;

/// One prepared statement. Parameters are bound by 1-based index or by ":name"; columns are 0-based.
class Statement final {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::optional<std::string>& value);
    Statement& bindNull(int index);
    Statement& bind(const char* name, std::int64_t value);
    Statement& bind(const char* name, double value);
    Statement& bind(const char* name, std::string_view value);
    Statement& bind(const char* name, const std::string& value) { return bind(name, std::string_view(value)); }

    /// Advances to the next row; false when the statement is done. Throws StoreError on failure.
    bool step();
    /// Steps a statement that returns no rows (INSERT, UPDATE, DELETE).
    void run();
    /// Makes the statement ready to run again with new bindings.
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;

private:
    [[nodiscard]] int indexOf(const char* name) const;

    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace annalist::core::store
