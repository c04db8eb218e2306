// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/document/article_reader.h"

#include "annalist/core/text/unicode.h"
#include "document/block_text.h"
#include "document/header_fields.h"
#include "document/markdown_inline.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace annalist::core {

namespace {

using detail::collapseWhitespace;
using detail::isBlank;
using detail::trimSpace;

struct ParsedBlock {
    int headingLevel = 0; ///< 0 for paragraphs
    std::string text;     ///< reduced to plain text, collapsed
};

std::string_view stripQuotes(std::string_view value) {
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
        return value.substr(1, value.size() - 2);
    }
    return value;
}

/// YAML front matter between `---` lines; returns the first line after it (0 when there is none).
std::size_t readFrontMatter(const std::vector<std::string_view>& lines, Article& article) {
    if (lines.empty() || trimSpace(lines[0]) != "---") {
        return 0;
    }
    const auto end = std::find_if(lines.begin() + 1, lines.end(), [](std::string_view line) {
        const std::string_view trimmed = trimSpace(line);
        return trimmed == "---" || trimmed == "...";
    });
    if (end == lines.end()) {
        return 0;
    }
    for (auto it = lines.begin() + 1; it != end; ++it) {
        if (const auto field = detail::splitHeaderField(*it)) {
            detail::applyHeaderField(article, field->first, stripQuotes(field->second));
        }
    }
    return static_cast<std::size_t>(end - lines.begin()) + 1;
}

bool isAllOf(std::string_view text, char mark, std::size_t minimum) {
    std::size_t count = 0;
    for (const char c : text) {
        if (c == mark) {
            ++count;
        } else if (c != ' ' && c != '\t') {
            return false;
        }
    }
    return count >= minimum;
}

bool isThematicBreak(std::string_view trimmed) {
    return isAllOf(trimmed, '*', 3) || isAllOf(trimmed, '-', 3) || isAllOf(trimmed, '_', 3);
}

/// `# Title` → level 1 and "Title"; nullopt for anything that is not an ATX heading.
std::optional<std::pair<int, std::string_view>> atxHeading(std::string_view trimmed) {
    const std::size_t hashes = std::min(trimmed.find_first_not_of('#'), trimmed.size());
    if (hashes == 0 || hashes > 6 || (hashes < trimmed.size() && trimmed[hashes] != ' ' && trimmed[hashes] != '\t')) {
        return std::nullopt;
    }
    std::string_view text = trimSpace(trimmed.substr(hashes));
    const std::size_t closing = text.find_last_not_of('#');
    if (closing == std::string_view::npos) {
        text = {};
    } else if (closing + 1 < text.size() && (text[closing] == ' ' || text[closing] == '\t')) {
        text = trimSpace(text.substr(0, closing));
    }
    return std::pair{static_cast<int>(hashes), text};
}

/// Length of a list marker ("- ", "* ", "+ ", "1. ", "2) ") at the start of a line, or 0.
std::size_t listMarkerLength(std::string_view trimmed) {
    std::size_t pos = 0;
    if (!trimmed.empty() && (trimmed[0] == '-' || trimmed[0] == '*' || trimmed[0] == '+')) {
        pos = 1;
    } else {
        while (pos < trimmed.size() && pos < 9 && trimmed[pos] >= '0' && trimmed[pos] <= '9') {
            ++pos;
        }
        if (pos == 0 || pos >= trimmed.size() || (trimmed[pos] != '.' && trimmed[pos] != ')')) {
            return 0;
        }
        ++pos;
    }
    return pos < trimmed.size() && (trimmed[pos] == ' ' || trimmed[pos] == '\t') ? pos + 1 : 0;
}

std::string_view stripQuoteMarkers(std::string_view trimmed) {
    while (trimmed.starts_with('>')) {
        trimmed = trimSpace(trimmed.substr(1));
    }
    return trimmed;
}

bool isReferenceDefinition(std::string_view trimmed) {
    const std::size_t close = trimmed.find("]:");
    return trimmed.starts_with('[') && close != std::string_view::npos && close > 1;
}

/// Line-by-line block structure of CommonMark, reduced to what an article needs.
class MarkdownBlockParser {
public:
    std::vector<ParsedBlock> parse(const std::vector<std::string_view>& lines, std::size_t first) {
        for (std::size_t i = first; i < lines.size(); ++i) {
            readLine(lines[i]);
        }
        flush();
        return std::move(m_blocks);
    }

private:
    void readLine(std::string_view line) {
        const std::string_view trimmed = trimSpace(line);
        if (m_fence) {
            readFenced(trimmed, line);
        } else if (m_inComment) {
            m_inComment = trimmed.find("-->") == std::string_view::npos;
        } else if (trimmed.empty()) {
            flush();
        } else if (trimmed.starts_with("```") || trimmed.starts_with("~~~")) {
            flush();
            m_fence = trimmed.substr(0, 3);
        } else if (trimmed.starts_with("<!--")) {
            flush();
            m_inComment = trimmed.find("-->") == std::string_view::npos;
        } else {
            readContentLine(trimmed);
        }
    }

    void readFenced(std::string_view trimmed, std::string_view line) {
        if (trimmed.starts_with(*m_fence)) {
            flushVerbatim();
            m_fence.reset();
        } else {
            m_verbatim += m_verbatim.empty() ? "" : " ";
            m_verbatim += line;
        }
    }

    void readContentLine(std::string_view trimmed) {
        if (const auto heading = atxHeading(trimmed)) {
            flush();
            emit(heading->first, detail::reduceMarkdownInline(heading->second));
        } else if (!m_paragraph.empty() && (isAllOf(trimmed, '=', 1) || isAllOf(trimmed, '-', 1))) {
            // Setext underline: the paragraph above is a heading.
            const int level = trimmed.front() == '=' ? 1 : 2;
            emit(level, detail::reduceMarkdownInline(m_paragraph));
            m_paragraph.clear();
        } else if (isThematicBreak(trimmed) || (m_paragraph.empty() && isReferenceDefinition(trimmed))) {
            flush();
        } else if (const std::size_t marker = listMarkerLength(trimmed); marker > 0) {
            flush();
            m_paragraph = trimmed.substr(marker);
        } else {
            const std::string_view content = stripQuoteMarkers(trimmed);
            m_paragraph += m_paragraph.empty() ? "" : " ";
            m_paragraph += content;
        }
    }

    void emit(int level, std::string text) {
        std::string collapsed = collapseWhitespace(text);
        if (!collapsed.empty()) {
            m_blocks.push_back({level, std::move(collapsed)});
        }
    }

    void flush() {
        if (!m_paragraph.empty()) {
            emit(0, detail::reduceMarkdownInline(m_paragraph));
            m_paragraph.clear();
        }
    }

    void flushVerbatim() {
        emit(0, std::move(m_verbatim));
        m_verbatim.clear();
    }

    std::vector<ParsedBlock> m_blocks;
    std::string m_paragraph;
    std::string m_verbatim;
    std::optional<std::string_view> m_fence;
    bool m_inComment = false;
};

/// The title is the front-matter title or else the first level-1 heading; it always leads the body.
void assignBlocks(Article& article, std::vector<ParsedBlock> parsed) {
    const bool titleFromFrontMatter = !article.title.empty();
    auto titleIt =
        std::find_if(parsed.begin(), parsed.end(), [](const ParsedBlock& block) { return block.headingLevel == 1; });
    if (titleIt != parsed.end() && (!titleFromFrontMatter || titleIt->text == article.title)) {
        article.title = titleIt->text;
        parsed.erase(titleIt);
    }
    if (!article.title.empty()) {
        article.blocks.push_back({BlockKind::Title, article.title});
    }
    for (ParsedBlock& block : parsed) {
        article.blocks.push_back(
            {block.headingLevel > 0 ? BlockKind::Heading : BlockKind::Paragraph, std::move(block.text)});
    }
}

} // namespace

Article readMarkdown(std::string_view utf8) {
    const std::string normalised = toNfc(utf8);
    const std::vector<std::string_view> lines = detail::splitLines(normalised);
    Article article;
    const std::size_t first = readFrontMatter(lines, article);
    assignBlocks(article, MarkdownBlockParser().parse(lines, first));
    return article;
}

} // namespace annalist::core
