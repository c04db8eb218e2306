// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"

#include <cstdint>
#include <string>

namespace annalist::core::store {

class Database;

/// Stores an annotation's sentences, entities (upserted library-wide by key), mentions and quotes
/// for one article. Runs inside the caller's transaction.
void writeAnnotation(Database& db, std::int64_t articleId, const Annotation& annotation);

/// Deletes an article's sentences, mentions and quotes; entities and notes stay.
void deleteAnnotation(Database& db, std::int64_t articleId);

/// Rebuilds an article's annotation: entities in order of first mention, mentions in text order.
[[nodiscard]] Annotation readAnnotation(Database& db, std::int64_t articleId, std::string language);

} // namespace annalist::core::store
