// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/summary_rows.h"

#include "store/statement.h"

namespace annalist::core::store {

ArticleSummary summaryFromRow(const Statement& row) {
    ArticleSummary summary;
    summary.id = row.int64(0);
    summary.title = row.text(1);
    summary.source = row.text(2);
    summary.language = row.text(3);
    if (!row.isNull(4)) {
        summary.published = PartialDate::parse(row.text(4)).value_or(PartialDate{});
    }
    summary.importedAt = row.text(5);
    summary.entityCount = static_cast<std::size_t>(row.int64(6));
    return summary;
}

std::vector<ArticleSummary> collectSummaries(Statement& query) {
    std::vector<ArticleSummary> summaries;
    while (query.step()) {
        summaries.push_back(summaryFromRow(query));
    }
    return summaries;
}

} // namespace annalist::core::store
