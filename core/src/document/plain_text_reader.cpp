// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/document/article_reader.h"

#include "annalist/core/text/unicode.h"
#include "document/block_text.h"
#include "document/header_fields.h"

#include <optional>
#include <string>
#include <vector>

namespace annalist::core {

namespace {

using detail::collapseWhitespace;
using detail::isBlank;
using detail::trimSpace;

/// A paragraph of the file before it is given a role.
struct RawParagraph {
    std::string text;
    std::size_t lineCount = 0;
};

struct HeaderResult {
    std::size_t nextLine = 0;
    std::string carriedLine; ///< content that shared its line with a `date` header
};

// A date of one to three words, so "date 19 giugno 2024 Headline…" and "date 2024-06 Headline…" both work.
std::optional<std::pair<PartialDate, std::string_view>> splitDatePrefix(std::string_view rest) {
    std::vector<std::size_t> wordEnds;
    for (std::size_t pos = 0; wordEnds.size() < 3 && pos < rest.size();) {
        const std::size_t end = std::min(rest.find(' ', pos), rest.size());
        wordEnds.push_back(end);
        pos = rest.find_first_not_of(' ', end);
        pos = pos == std::string_view::npos ? rest.size() : pos;
    }
    for (auto it = wordEnds.rbegin(); it != wordEnds.rend(); ++it) {
        if (const auto date = detail::parseHeaderDate(rest.substr(0, *it))) {
            return std::pair{*date, trimSpace(rest.substr(*it))};
        }
    }
    return std::nullopt;
}

/// `date 2024-06`, `data: 2024-06`…, possibly followed on the same line by the first line of content.
bool readDateLine(std::string_view line, Article& article, std::string& carried) {
    const std::string collapsed = collapseWhitespace(line);
    const std::string keyword = detail::asciiLower(std::string_view(collapsed).substr(0, 4));
    std::string_view rest = std::string_view(collapsed).substr(keyword.size());
    if ((keyword != "date" && keyword != "data") || rest.empty() || (rest[0] != ' ' && rest[0] != ':')) {
        return false;
    }
    const auto parsed = splitDatePrefix(trimSpace(rest.substr(1)));
    if (!parsed) {
        return false;
    }
    article.published = parsed->first;
    carried = std::string(parsed->second);
    return true;
}

HeaderResult readHeader(const std::vector<std::string_view>& lines, std::size_t first, Article& article) {
    HeaderResult result{first, {}};
    while (result.nextLine < lines.size() && !isBlank(lines[result.nextLine])) {
        const std::string_view line = lines[result.nextLine];
        if (readDateLine(line, article, result.carriedLine)) {
            ++result.nextLine;
            if (!result.carriedLine.empty()) {
                break;
            }
            continue;
        }
        const auto field = detail::splitHeaderField(line);
        if (!field) {
            break;
        }
        detail::applyHeaderField(article, field->first, field->second);
        ++result.nextLine;
    }
    return result;
}

std::vector<RawParagraph> groupParagraphs(const std::vector<std::string_view>& lines, const HeaderResult& header) {
    std::vector<RawParagraph> paragraphs;
    RawParagraph current;
    auto addLine = [&current](std::string_view line) {
        current.text += current.text.empty() ? "" : " ";
        current.text += line;
        ++current.lineCount;
    };
    auto flush = [&paragraphs, &current] {
        current.text = collapseWhitespace(current.text);
        if (!current.text.empty()) {
            paragraphs.push_back(std::move(current));
        }
        current = {};
    };
    if (!header.carriedLine.empty()) {
        addLine(header.carriedLine);
    }
    for (std::size_t i = header.nextLine; i < lines.size(); ++i) {
        if (isBlank(lines[i])) {
            flush();
        } else {
            addLine(lines[i]);
        }
    }
    flush();
    return paragraphs;
}

void assignBlocks(Article& article, std::vector<RawParagraph> paragraphs) {
    std::size_t first = 0;
    if (!article.title.empty()) {
        article.blocks.push_back({BlockKind::Title, article.title});
    } else if (paragraphs.size() > 1 && paragraphs[0].lineCount == 1 && detail::looksLikeHeadline(paragraphs[0].text)) {
        article.title = paragraphs[0].text;
        article.blocks.push_back({BlockKind::Title, std::move(paragraphs[0].text)});
        first = 1;
    }
    for (std::size_t i = first; i < paragraphs.size(); ++i) {
        const bool isLast = i + 1 == paragraphs.size();
        const bool heading = !isLast && paragraphs[i].lineCount == 1 && detail::looksLikeHeading(paragraphs[i].text);
        article.blocks.push_back({heading ? BlockKind::Heading : BlockKind::Paragraph, std::move(paragraphs[i].text)});
    }
}

} // namespace

Article readPlainText(std::string_view utf8) {
    const std::string normalised = toNfc(utf8);
    const std::vector<std::string_view> lines = detail::splitLines(normalised);
    std::size_t first = 0;
    while (first < lines.size() && isBlank(lines[first])) {
        ++first;
    }
    Article article;
    const HeaderResult header = readHeader(lines, first, article);
    assignBlocks(article, groupParagraphs(lines, header));
    return article;
}

} // namespace annalist::core
