// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace annalist::core::store {

class Database;

/// Hex FNV-1a 64 of a text: a quick key for duplicate detection, confirmed by comparing texts.
[[nodiscard]] std::string contentHash(std::string_view text);

/// Id of a stored article with exactly this text, or with this url when it is not empty.
[[nodiscard]] std::optional<std::int64_t> findDuplicate(Database& db, std::string_view text, std::string_view url);

/// Inserts the article row and its blocks; `text` is article.text(). Returns the new id.
std::int64_t insertArticle(Database& db, const Article& article, std::string_view text,
                           std::string_view annotationLanguage);

/// An article row as read back, with the language it was annotated in.
struct ArticleRow {
    Article article;
    std::string annotationLanguage;
};

/// Reads an article with its blocks, or nullopt when the id is unknown.
[[nodiscard]] std::optional<ArticleRow> readArticle(Database& db, std::int64_t id);

/// True when an article with this id is stored.
[[nodiscard]] bool articleExists(Database& db, std::int64_t id);

} // namespace annalist::core::store
