// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <filesystem>

namespace annalist::core::store {

/// Opens a library file, creating it and its parent directories when missing. Refuses, before
/// SQLite touches it, a path that is a directory or a file that is not a SQLite database.
/// Throws StoreError naming the file.
[[nodiscard]] Database openLibraryFile(const std::filesystem::path& file);

/// Sets up a fresh connection: confirms the file is readable as a database, then turns on foreign
/// keys, a busy timeout and WAL journaling. Throws StoreError naming the file.
void configureConnection(Database& db);

} // namespace annalist::core::store
