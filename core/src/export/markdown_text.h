// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace annalist::core {

/// A YAML double-quoted scalar holding `value` exactly (quotes, backslashes and control characters escaped).
[[nodiscard]] std::string yamlQuoted(std::string_view value);

/// Text safe inside a Markdown paragraph or heading: punctuation that Markdown would interpret is
/// backslash-escaped and line breaks become spaces.
[[nodiscard]] std::string escapeMarkdownInline(std::string_view text);

/// A one-paragraph Markdown block quote ("> …") of `text`, white space collapsed; empty for blank text.
[[nodiscard]] std::string markdownBlockQuote(std::string_view text);

/// The target of an Obsidian-style [[link]]: characters a link cannot hold ([ ] | # ^ and line
/// breaks) become spaces; never empty.
[[nodiscard]] std::string wikiLinkTarget(std::string_view name);

} // namespace annalist::core
