// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <annalist/core/document/article_reader.h>
#include <annalist/core/error.h>
#include <annalist/core/store/library.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

namespace annalist::cli {
namespace {

namespace fs = std::filesystem;

ArgumentParser importParser() {
    return ArgumentParser(
        "annalist-cli import [--library PATH] [--lang it|en|auto] FILE|DIR...",
        "Reads, annotates and stores articles in the library. A directory stands for its .txt and .md files,\n"
        "in name order. Every input is read first: if any is bad, nothing is stored.",
        {libraryOption(), {"--lang", "LANG", {"it", "en", "auto"}, "language of the articles", "auto"}},
        {"FILE|DIR", 1, std::numeric_limits<std::size_t>::max()});
}

bool isArticleFile(const fs::directory_entry& entry) {
    std::error_code error;
    if (!entry.is_regular_file(error)) {
        return false;
    }
    std::string extension = entry.path().extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".txt" || extension == ".md";
}

std::vector<fs::path> filesInDirectory(const fs::path& directory) {
    std::vector<fs::path> files;
    try {
        for (const fs::directory_entry& entry : fs::directory_iterator(directory)) {
            if (isArticleFile(entry)) {
                files.push_back(entry.path());
            }
        }
    } catch (const fs::filesystem_error& error) {
        throw core::InputError(core::InputProblem::Unreadable, directory.string(), error.code().message());
    }
    if (files.empty()) {
        throw core::InputError(core::InputProblem::Empty, directory.string(), "no .txt or .md files in the folder");
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<fs::path> expandInputs(const std::vector<std::string>& inputs) {
    std::vector<fs::path> files;
    for (const std::string& input : inputs) {
        if (input.starts_with("http://") || input.starts_with("https://")) {
            throw core::InputError(core::InputProblem::Unreadable, input,
                                   "addresses cannot be imported from the command line yet; save the page first");
        }
        std::error_code error;
        if (fs::is_directory(input, error)) {
            const std::vector<fs::path> inFolder = filesInDirectory(input);
            files.insert(files.end(), inFolder.begin(), inFolder.end());
        } else {
            files.emplace_back(input);
        }
    }
    return files;
}

// Reading everything before the recogniser loads makes a bad file fail at once, not after seconds.
std::vector<core::Article> readAll(const std::vector<std::string>& inputs) {
    std::vector<core::Article> articles;
    for (const fs::path& file : expandInputs(inputs)) {
        articles.push_back(core::readArticleFile(file));
        CliContext::noteEncoding(articles.back(), file.string());
    }
    return articles;
}

std::vector<core::AnnotatedArticle> annotateAll(CliContext& context, std::vector<core::Article> articles,
                                                const std::string& language) {
    std::vector<core::AnnotatedArticle> annotated;
    annotated.reserve(articles.size());
    for (core::Article& article : articles) {
        annotated.push_back(context.pipeline().annotate(std::move(article), language));
    }
    return annotated;
}

std::string displayTitle(const core::Article& article) {
    return article.title.empty() ? std::string("(untitled)") : article.title;
}

class ImportCommand final : public Command {
public:
    ImportCommand() : Command(importParser()) {}

    [[nodiscard]] std::string_view name() const override { return "import"; }
    [[nodiscard]] std::string_view summary() const override { return "read, annotate and store articles"; }

protected:
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& args) override {
        // Every input is read and annotated before the library is even opened, so a bad file
        // anywhere in the list leaves the library (or its absence) exactly as it was.
        const std::vector<core::AnnotatedArticle> articles =
            annotateAll(context, readAll(args.positionals()), args.value("--lang"));
        const fs::path libraryFile = context.libraryPath(args);
        createParentDirectory(libraryFile);
        core::Library library(libraryFile);
        for (const core::AnnotatedArticle& annotated : articles) {
            const core::ImportResult result = library.importArticle(annotated.article, annotated.annotation);
            context.write(std::string(result.created ? "imported " : "already in library ") +
                          std::to_string(result.id) + " " + displayTitle(annotated.article) + "\n");
        }
        context.flush();
        return 0;
    }

private:
    static void createParentDirectory(const fs::path& file) {
        const fs::path parent = file.parent_path();
        std::error_code error;
        if (!parent.empty() && !fs::exists(parent, error)) {
            fs::create_directories(parent, error);
            if (error) {
                throw core::StoreError("cannot create " + parent.string() + ": " + error.message());
            }
        }
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand() {
    return std::make_unique<ImportCommand>();
}

} // namespace annalist::cli
