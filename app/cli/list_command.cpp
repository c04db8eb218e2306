// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <annalist/core/store/library.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace annalist::cli {
namespace {

ArgumentParser listParser() {
    return ArgumentParser("annalist-cli list [--library PATH] [--format text|json]",
                          "Lists the articles in the library, newest first. Text output has one article per\n"
                          "line: id, date, language, source and title separated by tabs ('-' when unknown).",
                          {libraryOption(), {"--format", "FORMAT", {"text", "json"}, "output format", "text"}},
                          {"", 0, 0});
}

// Tabs and line breaks inside a field would break the one-article-per-line format.
std::string textField(const std::string& value) {
    if (value.empty()) {
        return "-";
    }
    std::string field = value;
    for (char& c : field) {
        if (c == '\t' || c == '\n' || c == '\r') {
            c = ' ';
        }
    }
    return field;
}

std::string jsonString(const std::string& value) {
    std::string out = "\"";
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(byte));
            out += escape;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string textLine(const core::ArticleSummary& summary) {
    return std::to_string(summary.id) + "\t" + textField(summary.published.toIso()) + "\t" +
           textField(summary.language) + "\t" + textField(summary.source) + "\t" + textField(summary.title) + "\n";
}

std::string jsonObject(const core::ArticleSummary& summary) {
    const std::string published = summary.published.toIso();
    return "  {\"id\": " + std::to_string(summary.id) + ", \"title\": " + jsonString(summary.title) +
           ", \"published\": " + (published.empty() ? std::string("null") : jsonString(published)) +
           ", \"language\": " + jsonString(summary.language) + ", \"source\": " + jsonString(summary.source) +
           ", \"entities\": " + std::to_string(summary.entityCount) +
           ", \"imported\": " + jsonString(summary.importedAt) + "}";
}

class ListCommand final : public Command {
public:
    ListCommand() : Command(listParser()) {}

    [[nodiscard]] std::string_view name() const override { return "list"; }
    [[nodiscard]] std::string_view summary() const override { return "list the articles in the library"; }

protected:
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& args) override {
        const std::filesystem::path file = context.libraryPath(args);
        std::vector<core::ArticleSummary> summaries;
        // Listing must not create a library as a side effect: a missing file is an empty library.
        if (std::error_code error; std::filesystem::exists(file, error)) {
            summaries = core::Library(file).list();
        }
        const bool json = args.value("--format") == "json";
        std::string out = json ? "[" : "";
        for (std::size_t i = 0; i < summaries.size(); ++i) {
            out += json ? (i == 0 ? "\n" : ",\n") + jsonObject(summaries[i]) : textLine(summaries[i]);
        }
        out += json ? (summaries.empty() ? "]\n" : "\n]\n") : "";
        context.write(out);
        context.flush();
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeListCommand() {
    return std::make_unique<ListCommand>();
}

} // namespace annalist::cli
