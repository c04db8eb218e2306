// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/library_file.h"

#include "annalist/core/error.h"
#include "store/statement.h"

#include <sqlite3.h>

#include <array>
#include <fstream>
#include <string_view>
#include <system_error>

namespace annalist::core::store {
namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};
constexpr int kBusyTimeoutMs = 5000;

[[noreturn]] void refuse(const std::filesystem::path& file, const std::string& why) {
    throw StoreError("cannot open library " + file.string() + ": " + why);
}

void createParentDirectories(const std::filesystem::path& file) {
    const std::filesystem::path parent = file.parent_path();
    if (parent.empty()) {
        return;
    }
    std::error_code error;
    std::filesystem::create_directories(parent, error);
    if (error) {
        refuse(file, "cannot create folder " + parent.string() + ": " + error.message());
    }
}

// SQLite would report SQLITE_NOTADB only on first read; checking the header ourselves guarantees
// that nothing (not even a -wal or -shm file) is written next to someone else's file.
void requireSqliteHeader(const std::filesystem::path& file) {
    std::error_code error;
    const auto status = std::filesystem::status(file, error);
    if (!std::filesystem::exists(status)) {
        return;
    }
    if (std::filesystem::is_directory(status)) {
        refuse(file, "it is a folder, not a file");
    }
    if (std::filesystem::file_size(file, error) == 0 && !error) {
        return; // SQLite treats an empty file as an empty database
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        refuse(file, "the file cannot be read");
    }
    std::array<char, kSqliteMagic.size()> header{};
    in.read(header.data(), static_cast<std::streamsize>(header.size()));
    if (in.gcount() != static_cast<std::streamsize>(header.size()) ||
        std::string_view(header.data(), header.size()) != kSqliteMagic) {
        refuse(file, "it is not an Annalist library (not a SQLite database)");
    }
}

} // namespace

Database openLibraryFile(const std::filesystem::path& file) {
    createParentDirectories(file);
    requireSqliteHeader(file);
    return Database(file);
}

void configureConnection(Database& db) {
    db.execute("PRAGMA busy_timeout = " + std::to_string(kBusyTimeoutMs));
    // Reading the schema is the first real access; a damaged file fails here, before any write.
    try {
        Statement probe(db, "SELECT count(*) FROM sqlite_schema");
        probe.step();
    } catch (const StoreError&) {
        const int code = sqlite3_errcode(db.handle());
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
            refuse(db.path(), "it is damaged or not a SQLite database");
        }
        throw; // e.g. locked by another program: not the file's fault
    }          // the probe is finalised by now: a live statement would hold a read transaction and block WAL
    db.execute("PRAGMA foreign_keys = ON");
    db.execute("PRAGMA journal_mode = WAL");
}

} // namespace annalist::core::store
