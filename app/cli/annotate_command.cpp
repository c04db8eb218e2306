// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch_annotator.h"
#include "command.h"

#include <annalist/core/document/article_reader.h>
#include <annalist/core/error.h>
#include <annalist/core/export/json_export.h>
#include <annalist/core/export/markdown_export.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

namespace annalist::cli {
namespace {

constexpr unsigned kMaxJobs = 64;
constexpr const char* kStdinName = "standard input";

ArgumentParser annotateParser() {
    return ArgumentParser(
        "annalist-cli annotate [--lang it|en|auto] [--format json|jsonl|md] [--input-format text|jsonl] FILE|-",
        "Finds people, places, organisations and treaties in an article (a file, or standard input as plain\n"
        "text for '-') and prints them. With --input-format jsonl, reads one {\"id\", \"text\", \"language\"?}\n"
        "object per line and prints one {\"id\", \"language\", \"entities\", \"quotes\"} line per record, in order;\n"
        "offsets are Unicode code points into the given text.",
        {{"--lang", "LANG", {"it", "en", "auto"}, "language of the text", "auto"},
         {"--format", "FORMAT", {"json", "jsonl", "md"}, "output format", "json"},
         {"--input-format", "FORMAT", {"text", "jsonl"}, "input format", "text"},
         {"--jobs", "N", {}, "threads for --input-format jsonl (default: number of processors)", ""}},
        {"FILE|-", 1, 1});
}

unsigned parseJobs(const ParsedArguments& args, const std::string& usage) {
    if (!args.has("--jobs")) {
        return std::clamp(std::thread::hardware_concurrency(), 1U, kMaxJobs);
    }
    const std::string text = args.value("--jobs");
    unsigned jobs = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), jobs);
    if (error != std::errc() || end != text.data() + text.size() || jobs == 0 || jobs > kMaxJobs) {
        throw UsageError("--jobs needs a number from 1 to " + std::to_string(kMaxJobs), usage);
    }
    return jobs;
}

// Reads at most one byte more than the reader accepts, so an endless pipe is refused as too large
// instead of exhausting memory.
std::string readStandardInput(std::size_t limit) {
    std::string bytes;
    char buffer[1 << 16];
    while (bytes.size() <= limit && (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0)) {
        bytes.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
    }
    if (std::cin.bad()) {
        throw core::InputError(core::InputProblem::Unreadable, kStdinName, "read error");
    }
    return bytes;
}

void openBatchFile(std::ifstream& file, const std::string& path) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
        throw core::InputError(core::InputProblem::NotFound, path, "no such file");
    }
    if (std::filesystem::is_directory(path, error)) {
        throw core::InputError(core::InputProblem::Unreadable, path, "is a directory");
    }
    file.open(path, std::ios::binary);
    if (!file) {
        throw core::InputError(core::InputProblem::Unreadable, path, "cannot be opened");
    }
}

class AnnotateCommand final : public Command {
public:
    AnnotateCommand() : Command(annotateParser()) {}

    [[nodiscard]] std::string_view name() const override { return "annotate"; }
    [[nodiscard]] std::string_view summary() const override {
        return "find people, places, organisations and treaties in a file or in JSON lines";
    }

protected:
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& args) override {
        const std::string& input = args.positionals().front();
        const std::string language = args.value("--lang");
        const std::string format = args.value("--format");
        if (args.value("--input-format") == "jsonl") {
            runBatch(context, args, input, language, format);
            return 0;
        }
        const core::AnnotatedArticle annotated = readAndAnnotate(context, input, language);
        context.write(render(annotated, format, input));
        context.flush();
        return 0;
    }

private:
    void runBatch(CliContext& context, const ParsedArguments& args, const std::string& input,
                  const std::string& language, const std::string& format) const {
        const std::string& usage = parser().usage();
        if (format != "jsonl") {
            throw UsageError("--input-format jsonl needs --format jsonl", usage);
        }
        const BatchAnnotator annotator(context.pipeline().recognizer(), language, parseJobs(args, usage));
        if (input == "-") {
            annotator.run(std::cin, kStdinName, context);
            return;
        }
        std::ifstream file;
        openBatchFile(file, input);
        annotator.run(file, input, context);
    }

    [[nodiscard]] static core::AnnotatedArticle readAndAnnotate(CliContext& context, const std::string& input,
                                                                const std::string& language) {
        // The input is read before the recogniser loads, so that bad input fails fast.
        core::Article article;
        if (input == "-") {
            core::ReadOptions options;
            options.format = core::ArticleFormat::PlainText;
            article = core::readArticleBytes(readStandardInput(options.maxBytes), kStdinName, options);
        } else {
            article = core::readArticleFile(input);
        }
        CliContext::noteEncoding(article, input == "-" ? kStdinName : input);
        return context.pipeline().annotate(std::move(article), language);
    }

    [[nodiscard]] static std::string render(const core::AnnotatedArticle& annotated, const std::string& format,
                                            const std::string& input) {
        if (format == "md") {
            return core::exportMarkdown(annotated.article, annotated.annotation);
        }
        if (format == "jsonl") {
            return core::toBatchJsonLine(input, annotated.annotation) + "\n";
        }
        return core::toAnnotateJson(annotated.article, annotated.article.text(), annotated.annotation) + "\n";
    }
};

} // namespace

std::unique_ptr<Command> makeAnnotateCommand() {
    return std::make_unique<AnnotateCommand>();
}

} // namespace annalist::cli
