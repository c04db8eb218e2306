// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace annalist::core {

/// The formats Annalist reads articles from.
enum class ArticleFormat { Auto, PlainText, Markdown };

/// Limits and choices applied when reading a file.
struct ReadOptions {
    ArticleFormat format = ArticleFormat::Auto; ///< Auto chooses by file extension
    std::size_t maxBytes = 20 * 1024 * 1024;    ///< larger inputs are refused (InputProblem::TooLarge)
};

/// Reads plain text: optional header lines (`date 2024-06`, `title: …`, `source: …`, `url: …`,
/// `author: …`), the first line as headline when it reads like one, short unpunctuated lines as
/// sub-headings, paragraphs separated by blank lines. `utf8` must already be decoded.
[[nodiscard]] Article readPlainText(std::string_view utf8);

/// Reads Markdown: `#` headings (the first level-1 heading is the title), paragraphs separated by
/// blank lines, with inline emphasis, links and code marks reduced to their text.
[[nodiscard]] Article readMarkdown(std::string_view utf8);

/// Reads an article file of any supported format and encoding. Throws InputError naming the file
/// for a missing, unreadable, empty, binary, undecodable or too large file.
[[nodiscard]] Article readArticleFile(const std::filesystem::path& path, const ReadOptions& options = {});

/// Reads an article from bytes already in memory (`name` is used in messages and for Auto format).
[[nodiscard]] Article readArticleBytes(std::string_view bytes, const std::string& name,
                                       const ReadOptions& options = {});

} // namespace annalist::core
