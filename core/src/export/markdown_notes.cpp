// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/markdown_notes.h"

#include "export/markdown_text.h"

#include <algorithm>

namespace annalist::core {
namespace {

constexpr std::string_view kTagBreakers = " \t\r\n,.;:!?()[]{}<>\"'`#*|\\";

// The reader's own line breaks are kept as Markdown hard breaks; each line is escaped on its own.
std::string noteParagraph(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string line = escapeMarkdownInline(text.substr(start, end - start));
        if (!line.empty()) {
            out += (out.empty() ? "" : "  \n") + line;
        }
        start = end + 1;
    }
    return out;
}

std::vector<std::string> allTags(const std::vector<ReaderNote>& notes) {
    std::vector<std::string> tags;
    for (const ReaderNote& note : notes) {
        for (const std::string& tag : note.tags) {
            if (std::find(tags.begin(), tags.end(), tag) == tags.end()) {
                tags.push_back(tag);
            }
        }
    }
    return tags;
}

} // namespace

std::string obsidianTag(std::string_view tag) {
    std::string out = "#";
    for (const char c : tag) {
        out += kTagBreakers.find(c) == std::string_view::npos ? c : '-';
    }
    return out;
}

std::string frontMatterTags(const std::vector<ReaderNote>& notes) {
    const std::vector<std::string> tags = allTags(notes);
    if (tags.empty()) {
        return {};
    }
    std::string line = "tags: [";
    for (std::size_t i = 0; i < tags.size(); ++i) {
        line += (i == 0 ? "" : ", ") + yamlQuoted(tags[i]);
    }
    return line + "]\n";
}

std::string markdownNotesSection(const std::vector<ReaderNote>& notes) {
    if (notes.empty()) {
        return {};
    }
    std::string out = "## Notes\n\n";
    for (const ReaderNote& note : notes) {
        if (const std::string quote = markdownBlockQuote("“" + note.quote + "”"); !note.quote.empty()) {
            out += quote + "\n\n";
        }
        if (note.orphaned) {
            out += "*The highlighted passage is no longer in the article.*\n\n";
        }
        if (const std::string text = noteParagraph(note.note); !text.empty()) {
            out += text + "\n\n";
        }
        std::string meta = "Highlight: " + note.color;
        for (const std::string& tag : note.tags) {
            meta += " " + obsidianTag(tag);
        }
        out += meta + "\n\n";
    }
    return out;
}

} // namespace annalist::core
