// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/entity_context.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace annalist::core::store {

class Database;

/// Articles that mention the entity with `key`, oldest first (by publication date, else import time).
[[nodiscard]] std::vector<EntityAppearance> readAppearances(Database& db, std::string_view key, std::size_t limit);

/// Entities that share the most articles with the entity with `key`, then the most mentions there.
[[nodiscard]] std::vector<EntityCompanion> readCompanions(Database& db, std::string_view key, std::size_t limit);

/// Quotations whose speaker is the entity with `key`, newest article first, in text order within one.
[[nodiscard]] std::vector<AttributedQuote> readQuotesBy(Database& db, std::string_view key, std::size_t limit);

} // namespace annalist::core::store
