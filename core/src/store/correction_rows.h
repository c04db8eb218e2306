// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/correct/correction.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace annalist::core::store {

class Database;

/// Inserts a correction and returns its id. Runs inside the caller's transaction.
CorrectionId insertCorrection(Database& db, const Correction& correction);

/// One stored correction, or nullopt when the id is unknown.
[[nodiscard]] std::optional<Correction> readCorrection(Database& db, CorrectionId id);

/// Deletes a correction; false when the id is unknown. Runs inside the caller's transaction.
bool deleteCorrection(Database& db, CorrectionId id);

/// The library-wide corrections and those of one article (0: none), in id order, which is the order they replay in.
[[nodiscard]] std::vector<Correction> readCorrections(Database& db, std::int64_t articleId);

/// Articles a correction may change: its own, or for a library-wide one those whose text holds its surface or that
/// mention its entity.
[[nodiscard]] std::vector<std::int64_t> articlesAffectedBy(Database& db, const Correction& correction);

} // namespace annalist::core::store
