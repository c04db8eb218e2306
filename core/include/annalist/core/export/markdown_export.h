// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"
#include "annalist/core/ner/annotation.h"
#include "annalist/core/store/library.h"

#include <string>
#include <vector>

namespace annalist::core {

/// Markdown notes for one article: YAML front matter (title, date, source, language, url), then one
/// section per entity type listing each entity with its number of mentions and the sentences it
/// occurs in. Entity names are written as Obsidian-style [[links]].
[[nodiscard]] std::string exportMarkdown(const Article& article, const Annotation& annotation);

/// The same notes followed by a "Notes" section with the reader's highlights: each passage quoted,
/// the note's text, its colour and its tags as #tags. The tags are also listed in the front matter.
[[nodiscard]] std::string exportMarkdown(const Article& article, const Annotation& annotation,
                                         const std::vector<ReaderNote>& notes);

} // namespace annalist::core
