// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"
#include "annalist/core/ner/annotation.h"

#include <string>
#include <string_view>

namespace annalist::core {

/// The `annotate --format json` document: {"article": {...,"text"}, "entities": [...], "quotes": [...]}.
/// `text` is the exact string the offsets index (normally article.text()).
[[nodiscard]] std::string toAnnotateJson(const Article& article, std::string_view text, const Annotation& annotation);

/// One JSON-lines output record: {"id": id, "language": ..., "entities": [...], "quotes": [...]} on one line.
[[nodiscard]] std::string toBatchJsonLine(std::string_view id, const Annotation& annotation);
/// Appends toBatchJsonLine()'s record and a newline to `out`, without a string of its own.
void appendBatchJsonLine(std::string& out, std::string_view id, const Annotation& annotation);

/// One JSON-lines input record.
struct BatchInput {
    std::string id;
    std::string text;
    std::string language; ///< empty when the record has none
};

/// Parses one JSON-lines input record {"id", "text", "language"?}; a numeric id is accepted and
/// printed as a string. Throws InputError (Malformed) naming `inputName` on a bad record.
[[nodiscard]] BatchInput parseBatchLine(std::string_view line, const std::string& inputName);

} // namespace annalist::core
