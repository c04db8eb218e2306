// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>

/// Metadata fields shared by plain-text headers and Markdown front matter (private to core).
namespace annalist::core::detail {

/// Splits `key: value` when the key is one Annalist knows (title, source, url, author, date, language
/// and their Italian names); nullopt otherwise. The key is returned lowercased, the value trimmed.
[[nodiscard]] std::optional<std::pair<std::string, std::string>> splitHeaderField(std::string_view line);

/// Stores a known field in the article; a value that does not fit the field (a bad date) is ignored.
void applyHeaderField(Article& article, std::string_view key, std::string_view value);

/// Parses a date as written in headers: ISO forms, day-first numeric forms ("19/06/2024") and forms
/// with month names in it/en/fr/de/es ("19 giugno 2024", "June 19, 2024", "giugno 2024").
[[nodiscard]] std::optional<PartialDate> parseHeaderDate(std::string_view text);

/// Normalises a language value ("it", "IT-it", "italiano") to an ISO 639-1 code; empty when unknown.
[[nodiscard]] std::string normaliseLanguage(std::string_view value);

} // namespace annalist::core::detail
