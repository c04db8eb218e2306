// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace annalist::core {

/// What a reader's correction changes.
enum class CorrectionKind {
    ChangeType, ///< the target's entity gets another type
    Remove,     ///< the target is no entity: its mentions go
    Add,        ///< a missed mention: the span (or, library-wide, every occurrence of the surface) becomes one
    Link,       ///< the target's mentions refer to another entity
    Rename,     ///< the target's entity gets another canonical name
};

/// Where a correction applies.
enum class CorrectionScope {
    Article, ///< only in the article it was made in
    Library, ///< in every article of the library, present and future
};

/// Lowercase name as stored in the library ("change-type", "remove", "add", "link", "rename").
[[nodiscard]] std::string_view toString(CorrectionKind kind);
/// Parses a name produced by toString(CorrectionKind); nullopt for anything else.
[[nodiscard]] std::optional<CorrectionKind> parseCorrectionKind(std::string_view name);
/// "article" or "library".
[[nodiscard]] std::string_view toString(CorrectionScope scope);
/// Parses a name produced by toString(CorrectionScope); nullopt for anything else.
[[nodiscard]] std::optional<CorrectionScope> parseCorrectionScope(std::string_view name);

/// Identifier of a stored correction.
using CorrectionId = std::int64_t;

/// One correction the reader made to what the recogniser found. Its target is either a mention (span and surface
/// text; library-wide, every mention with that surface) or, when `entityKey` is set, a whole entity (every mention of
/// that key). Corrections are replayed in id order after every recognition.
struct Correction {
    CorrectionId id = 0; ///< 0 until stored
    CorrectionKind kind = CorrectionKind::ChangeType;
    CorrectionScope scope = CorrectionScope::Article;
    std::int64_t articleId = 0; ///< the article an Article-scope correction belongs to; 0 for Library scope

    Span span;             ///< mention target and Add: the span when the correction was made (Article scope)
    std::string surface;   ///< mention target and Add: the text of the span; entity target: the entity's name
    std::string entityKey; ///< entity target: the entity's key; empty for a mention target

    std::optional<EntityType> newType; ///< ChangeType and Add: the type; Link: the linked entity's type
    std::string newEntityKey;          ///< Link (and optionally Add): key of the entity the mentions join
    std::string newName;               ///< Rename: the new name; Link: the linked entity's name

    /// True when the target is a whole entity rather than a mention.
    [[nodiscard]] bool targetsEntity() const { return !entityKey.empty(); }
    /// An empty string when the fields fit the kind and scope, otherwise what is wrong (for error messages).
    [[nodiscard]] std::string problem() const;
};

} // namespace annalist::core
