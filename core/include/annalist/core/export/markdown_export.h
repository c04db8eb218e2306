// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"
#include "annalist/core/ner/annotation.h"

#include <string>

namespace annalist::core {

/// Markdown notes for one article: YAML front matter (title, date, source, language, url), then one
/// section per entity type listing each entity with its number of mentions and the sentences it
/// occurs in. Entity names are written as Obsidian-style [[links]].
[[nodiscard]] std::string exportMarkdown(const Article& article, const Annotation& annotation);

} // namespace annalist::core
