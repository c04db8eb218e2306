// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace annalist::core {

/// One numbered schema step from resources/sql, applied once when user_version is below `version`.
struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

/// All migrations in ascending version order (generated at build time).
const std::vector<Migration>& migrations();

} // namespace annalist::core
