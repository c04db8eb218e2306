// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/export/markdown_export.h"

#include "annalist/core/text/unicode.h"
#include "export/markdown_notes.h"
#include "export/markdown_text.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annalist::core {
namespace {

struct Section {
    EntityType type;
    std::string_view heading;
};

constexpr std::array kSections{
    Section{EntityType::Person, "People"},
    Section{EntityType::Place, "Places"},
    Section{EntityType::Organization, "Organisations"},
    Section{EntityType::Treaty, "Treaties"},
    Section{EntityType::Event, "Events"},
    Section{EntityType::Date, "Dates"},
};

/// The article text with O(1) code point slicing, shared by every sentence and quote lookup.
class TextSlicer final {
public:
    explicit TextSlicer(std::string text) : m_text(std::move(text)), m_index(m_text) {}

    /// Code points [start, end), clamped to the text so a stale annotation cannot read past it.
    [[nodiscard]] std::string slice(std::size_t start, std::size_t end) const {
        end = std::min(end, m_index.size());
        start = std::min(start, end);
        const std::size_t from = m_index.toByte(start);
        return m_text.substr(from, m_index.toByte(end) - from);
    }

private:
    std::string m_text;
    CodePointIndex m_index;
};

void appendFrontMatter(std::string& out, const Article& article, const Annotation& annotation,
                       const std::vector<ReaderNote>& notes) {
    out += "---\n";
    out += "title: " + yamlQuoted(article.title) + "\n";
    const std::string language = article.language.empty() ? annotation.language : article.language;
    const std::pair<std::string_view, std::string> fields[] = {
        {"date", article.published.toIso()}, {"source", article.source}, {"language", language}, {"url", article.url}};
    for (const auto& [key, value] : fields) {
        if (!value.empty()) {
            out += std::string(key) + ": " + yamlQuoted(value) + "\n";
        }
    }
    out += frontMatterTags(notes);
    out += "---\n\n";
}

std::string mentionCountText(std::size_t count) {
    return std::to_string(count) + (count == 1 ? " mention" : " mentions");
}

// Sentences in text order of first mention, each once, however many mentions it holds.
std::vector<std::size_t> distinctSentences(const Entity& entity, const Annotation& annotation) {
    std::vector<std::size_t> sentences;
    for (const Mention& mention : entity.mentions) {
        std::size_t index = mention.sentence;
        if (index >= annotation.sentences.size() || !annotation.sentences[index].contains(mention.span.start)) {
            index = annotation.sentenceAt(mention.span.start);
        }
        if (index < annotation.sentences.size() &&
            std::find(sentences.begin(), sentences.end(), index) == sentences.end()) {
            sentences.push_back(index);
        }
    }
    return sentences;
}

void appendEntity(std::string& out, const Entity& entity, const Annotation& annotation, const TextSlicer& text) {
    out += "### [[" + wikiLinkTarget(entity.name) + "]]\n\n";
    out += mentionCountText(entity.mentions.size());
    if (!entity.description.empty()) {
        out += " — " + escapeMarkdownInline(entity.description);
    }
    out += "\n\n";
    for (const std::size_t index : distinctSentences(entity, annotation)) {
        const Span& span = annotation.sentences[index];
        const std::string sentence = markdownBlockQuote(text.slice(span.start, span.end));
        if (!sentence.empty()) {
            out += sentence + "\n\n";
        }
    }
}

std::vector<const Entity*> entitiesOfType(const Annotation& annotation, EntityType type) {
    std::vector<const Entity*> entities;
    for (const Entity& entity : annotation.entities) {
        if (entity.type == type) {
            entities.push_back(&entity);
        }
    }
    std::stable_sort(entities.begin(), entities.end(), [](const Entity* a, const Entity* b) {
        if (a->mentions.size() != b->mentions.size()) {
            return a->mentions.size() > b->mentions.size();
        }
        return a->name < b->name;
    });
    return entities;
}

void appendQuotes(std::string& out, const Annotation& annotation, const TextSlicer& text) {
    if (annotation.quotes.empty()) {
        return;
    }
    std::map<std::string_view, std::string_view> names;
    for (const Entity& entity : annotation.entities) {
        names.emplace(entity.id, entity.name);
    }
    out += "## Quotes\n\n";
    for (const Quote& quote : annotation.quotes) {
        const std::string words = markdownBlockQuote("“" + text.slice(quote.span.start, quote.span.end) + "”");
        out += words + "\n";
        const auto speaker = quote.speaker ? names.find(*quote.speaker) : names.end();
        if (speaker != names.end()) {
            out += ">\n> — [[" + wikiLinkTarget(std::string(speaker->second)) + "]]\n";
        }
        out += "\n";
    }
}

} // namespace

std::string exportMarkdown(const Article& article, const Annotation& annotation) {
    return exportMarkdown(article, annotation, {});
}

std::string exportMarkdown(const Article& article, const Annotation& annotation, const std::vector<ReaderNote>& notes) {
    const TextSlicer text(article.text());
    std::string out;
    appendFrontMatter(out, article, annotation, notes);
    out += "# " + escapeMarkdownInline(article.title.empty() ? std::string("Untitled") : article.title) + "\n\n";
    for (const Section& section : kSections) {
        const std::vector<const Entity*> entities = entitiesOfType(annotation, section.type);
        if (entities.empty()) {
            continue;
        }
        out += "## " + std::string(section.heading) + "\n\n";
        for (const Entity* entity : entities) {
            appendEntity(out, *entity, annotation, text);
        }
    }
    appendQuotes(out, annotation, text);
    out += markdownNotesSection(notes);
    // Exactly one trailing newline, whatever the last section appended.
    while (out.size() > 1 && out.back() == '\n' && out[out.size() - 2] == '\n') {
        out.pop_back();
    }
    return out;
}

} // namespace annalist::core
