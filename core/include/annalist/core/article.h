// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::core {

/// A calendar date that may be partial: a year, a year and month, or a full date.
struct PartialDate {
    int year = 0;  ///< 0 when unknown
    int month = 0; ///< 1–12, 0 when unknown
    int day = 0;   ///< 1–31, 0 when unknown

    /// True when at least the year is known and every known part is in range.
    [[nodiscard]] bool isValid() const;
    /// ISO 8601 with only the known parts: "2024", "2024-06" or "2024-06-19"; empty when invalid.
    [[nodiscard]] std::string toIso() const;
    /// Parses "2024", "2024-06", "2024-06-19" (also with '/' or '.'); nullopt on anything else.
    [[nodiscard]] static std::optional<PartialDate> parse(std::string_view text);

    bool operator==(const PartialDate&) const = default;
};

/// The role a block of text plays in the article's layout.
enum class BlockKind { Title, Heading, Paragraph };

/// One block of the article body: the headline, a sub-heading or a paragraph (UTF-8, NFC, no newlines).
struct Block {
    BlockKind kind = BlockKind::Paragraph;
    std::string text;

    bool operator==(const Block&) const = default;
};

/// A news article with its metadata and structured body.
struct Article {
    std::string title;    ///< headline; also the first block (kind Title) when the body carries it
    std::string lead;     ///< standfirst, may be empty
    std::string byline;   ///< author(s), may be empty
    std::string source;   ///< publication name, may be empty
    std::string url;      ///< canonical address, may be empty
    std::string language; ///< ISO 639-1 code such as "it" or "en"; empty when unknown
    PartialDate published;
    std::vector<Block> blocks;
    std::string sourceEncoding; ///< encoding the file was read in ("UTF-8", "ISO-8859-1"…); not stored

    /// The readable text: blocks joined by a blank line ("\n\n"). Mention offsets index this string
    /// in Unicode code points.
    [[nodiscard]] std::string text() const;
};

/// Separator placed between blocks in Article::text().
inline constexpr std::string_view kBlockSeparator = "\n\n";

/// Short lowercase name of a block kind ("title", "heading", "paragraph").
[[nodiscard]] std::string_view toString(BlockKind kind);

} // namespace annalist::core
