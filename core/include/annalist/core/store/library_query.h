// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"
#include "annalist/core/ner/annotation.h"

#include <cstddef>
#include <optional>
#include <string>

namespace annalist::core {

/// How a filtered library listing is ordered.
enum class ArticleOrder {
    Date,        ///< newest publication first, unknown dates last
    Title,       ///< title A–Z, case folded
    Source,      ///< source A–Z, then newest first
    EntityCount, ///< most distinct entities first
};

/// Which articles a listing keeps. Every criterion left empty matches every article; set criteria
/// must all hold.
struct ArticleFilter {
    std::string text;                         ///< words every article must contain, as Library::search takes them
    std::optional<EntityType> entityType;     ///< articles mentioning at least one entity of this type
    std::string entityKey;                    ///< articles mentioning this entity (its key, e.g. "person:putin")
    std::string source;                       ///< exact source name
    std::optional<PartialDate> publishedFrom; ///< inclusive; an article dated "2024-06" overlaps "2024-06-20"
    std::optional<PartialDate> publishedTo;   ///< inclusive; articles with no date fail any date bound
    ArticleOrder order = ArticleOrder::Date;
};

/// Longest filter text or entity key a listing accepts, in bytes; longer input is refused with StoreError.
inline constexpr std::size_t kMaxFilterTextBytes = 1000;

/// An entity as the library knows it, with how many stored articles mention it.
struct LibraryEntity {
    std::string key;
    EntityType type = EntityType::Person;
    std::string name;
    std::size_t articleCount = 0;
};

} // namespace annalist::core
