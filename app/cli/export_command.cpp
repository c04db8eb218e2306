// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <annalist/core/export/markdown_export.h>
#include <annalist/core/store/library.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace annalist::cli {
namespace {

// Markdown page break between articles when several are exported together.
constexpr std::string_view kArticleSeparator = "\n---\n\n";

ArgumentParser exportParser() {
    return ArgumentParser(
        "annalist-cli export [--library PATH] [--format md] [--output FILE] ARTICLE_ID...",
        "Writes stored articles as Markdown notes (YAML front matter, one section per entity type, the\n"
        "sentences each entity occurs in, quotes, the reader's notes with their tags). Several articles are separated "
        "by a '---' line.\n"
        "Article ids are the numbers 'annalist-cli list' shows.",
        {libraryOption(),
         {"--format", "FORMAT", {"md"}, "output format", "md"},
         {"--output", "FILE", {}, "write to FILE instead of standard output", ""}},
        {"ARTICLE_ID", 1, std::numeric_limits<std::size_t>::max()});
}

std::optional<core::ArticleId> parseId(const std::string& text) {
    core::ArticleId id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || id <= 0) {
        return std::nullopt;
    }
    return id;
}

/// An article to export with the reader's notes on it.
struct ExportItem {
    core::StoredArticle stored;
    std::vector<core::ReaderNote> notes;
};

// Every id is checked before anything is written, so a typo in the last id leaves no half output.
std::vector<ExportItem> loadAll(const std::filesystem::path& file, const std::vector<std::string>& ids) {
    std::error_code error;
    const bool exists = std::filesystem::exists(file, error);
    std::optional<core::Library> library;
    if (exists) {
        library.emplace(file);
    }
    std::vector<ExportItem> articles;
    for (const std::string& text : ids) {
        const std::optional<core::ArticleId> id = parseId(text);
        if (!id) {
            throw CliError("'" + text + "' is not an article id (see 'annalist-cli list')");
        }
        std::optional<core::StoredArticle> stored = library ? library->load(*id) : std::nullopt;
        if (!stored) {
            throw CliError("no article with id " + text + " in " + file.string());
        }
        std::vector<core::ReaderNote> notes = library->notes(*id);
        articles.push_back(ExportItem{std::move(*stored), std::move(notes)});
    }
    return articles;
}

void writeFile(const std::string& path, const std::string& content) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(content.data(), static_cast<std::streamsize>(content.size()));
    file.close();
    if (!file) {
        throw CliError("cannot write " + path);
    }
}

class ExportCommand final : public Command {
public:
    ExportCommand() : Command(exportParser()) {}

    [[nodiscard]] std::string_view name() const override { return "export"; }
    [[nodiscard]] std::string_view summary() const override { return "write stored articles as Markdown notes"; }

protected:
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& args) override {
        std::string out;
        for (const ExportItem& item : loadAll(context.libraryPath(args), args.positionals())) {
            if (!out.empty()) {
                out += kArticleSeparator;
            }
            out += core::exportMarkdown(item.stored.article, item.stored.annotation, item.notes);
        }
        if (args.has("--output")) {
            writeFile(args.value("--output"), out);
        } else {
            context.write(out);
            context.flush();
        }
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand() {
    return std::make_unique<ExportCommand>();
}

} // namespace annalist::cli
