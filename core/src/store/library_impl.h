// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"
#include "store/database.h"
#include "store/library_file.h"
#include "store/migration_runner.h"

#include <filesystem>

namespace annalist::core {

/// The state behind a Library, shared by the source files that implement its members.
struct Library::Impl {
    explicit Impl(const std::filesystem::path& file) : path(file), db(store::openLibraryFile(file)) {
        store::configureConnection(db);
        version = store::applyMigrations(db);
    }

    std::filesystem::path path;
    store::Database db;
    int version = 0;
};

} // namespace annalist::core
