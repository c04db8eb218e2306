// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace annalist::core::detail {

/// Reduces Markdown inline markup to the text a reader sees: emphasis, strong, strike-through and
/// code marks are dropped, links and images become their label, autolinks their address, inline
/// HTML tags disappear and backslash escapes are resolved. Unmatched marks stay as written.
[[nodiscard]] std::string reduceMarkdownInline(std::string_view text);

} // namespace annalist::core::detail
