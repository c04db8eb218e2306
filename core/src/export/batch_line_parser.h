// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/export/json_export.h"

#include <optional>
#include <string_view>

namespace annalist::core {

/// Reads the common shape of a JSON-lines input record quickly: one flat object whose values are strings
/// (simple escapes only), plain non-negative integers or null, with no repeated key. Returns what
/// parseBatchLine() would return for such a line, and nullopt for anything else (including every malformed
/// line), which the full JSON parser then decides.
[[nodiscard]] std::optional<BatchInput> parseSimpleBatchLine(std::string_view line);

} // namespace annalist::core
