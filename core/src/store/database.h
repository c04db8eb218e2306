// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

struct sqlite3;

namespace annalist::core::store {

/// Owns one sqlite3 connection. Errors become StoreError naming the file.
class Database final {
public:
    /// Opens (creating if needed) the database file for reading and writing. Throws StoreError.
    explicit Database(const std::filesystem::path& file);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more statements that take no parameters (schema scripts, pragmas, BEGIN/COMMIT).
    void execute(std::string_view sql);
    /// Row id of the last successful INSERT on this connection.
    [[nodiscard]] std::int64_t lastInsertId() const;
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    [[nodiscard]] int changes() const;
    /// Throws StoreError with `what`, the file name and SQLite's message when `code` is an error.
    void check(int code, std::string_view what) const;
    /// Throws StoreError with `what` and the file name.
    [[noreturn]] void fail(std::string_view what) const;

    [[nodiscard]] sqlite3* handle() const { return m_db; }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
};

} // namespace annalist::core::store
