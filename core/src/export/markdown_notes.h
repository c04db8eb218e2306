// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <string>
#include <string_view>
#include <vector>

namespace annalist::core {

/// An Obsidian tag ("#name") for a note tag: characters a tag cannot hold become '-'.
[[nodiscard]] std::string obsidianTag(std::string_view tag);

/// A YAML "tags:" line listing every tag of the notes once, in first-use order; empty without tags.
[[nodiscard]] std::string frontMatterTags(const std::vector<ReaderNote>& notes);

/// The "## Notes" section: each passage as a block quote, the note's text, its colour and #tags.
/// Empty when there are no notes.
[[nodiscard]] std::string markdownNotesSection(const std::vector<ReaderNote>& notes);

} // namespace annalist::core
