// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <vector>

namespace annalist::core::store {

class Statement;

/// The SELECT list every article listing uses over `articles a`, in the order summaryFromRow reads it.
inline constexpr const char* kSummaryColumns =
    "SELECT a.id, a.title, a.source, a.language, a.published, a.imported_at, "
    "(SELECT count(DISTINCT m.entity_id) FROM mentions m WHERE m.article_id = a.id) ";

/// One listing row as an ArticleSummary.
[[nodiscard]] ArticleSummary summaryFromRow(const Statement& row);

/// Steps a listing query to the end.
[[nodiscard]] std::vector<ArticleSummary> collectSummaries(Statement& query);

} // namespace annalist::core::store
