// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace annalist::core::store {

/// Turns what a reader typed into an FTS5 query that matches articles containing every word.
/// Each word becomes a quoted string, so FTS5 operators and stray quotes in the input are taken
/// literally and can never make the query fail. Empty when the input has no word.
[[nodiscard]] std::string ftsQuery(std::string_view typed);

} // namespace annalist::core::store
