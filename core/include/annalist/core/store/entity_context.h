// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"
#include "annalist/core/ner/annotation.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace annalist::core {

/// One article of the library that mentions an entity: a point on the entity's timeline.
struct EntityAppearance {
    std::int64_t articleId = 0;
    std::string title;
    PartialDate published;  ///< invalid when the article has no date
    std::string importedAt; ///< UTC, "YYYY-MM-DD HH:MM:SS"
    std::size_t mentionCount = 0;
};

/// An entity that appears in the same articles as another one.
struct EntityCompanion {
    std::string key;
    EntityType type = EntityType::Person;
    std::string name;
    std::size_t sharedArticles = 0; ///< articles that mention both
    std::size_t mentionCount = 0;   ///< mentions of the companion in those articles
};

/// A quotation the library attributes to a speaker.
struct AttributedQuote {
    std::int64_t articleId = 0;
    std::string articleTitle;
    PartialDate published;
    Span span;        ///< in the article's text, code points
    std::string text; ///< the quoted words
};

} // namespace annalist::core
