// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_context.h"

#include "argument_parser.h"

#include <annalist/core/ner/gazetteer.h>

#include <cstdio>
#include <cstdlib>
#include <utility>

namespace annalist::cli {
namespace {

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr ? std::string() : std::string(value);
}

bool isUtf8Name(std::string_view encoding) {
    return encoding.empty() || encoding == "UTF-8" || encoding == "utf-8" || encoding == "UTF8";
}

} // namespace

CliContext::CliContext(std::filesystem::path executableDir) : m_executableDir(std::move(executableDir)) {}

std::filesystem::path CliContext::libraryPath(const ParsedArguments& args) const {
    // The parser refuses an empty value, so a given --library is always a usable name.
    return args.has("--library") ? std::filesystem::path(args.value("--library")) : defaultLibraryPath();
}

std::filesystem::path CliContext::defaultLibraryPath() {
    if (const std::string explicitPath = environment("ANNALIST_LIBRARY"); !explicitPath.empty()) {
        return explicitPath;
    }
    // The XDG base directory specification says relative values are to be ignored.
    std::filesystem::path dataHome = environment("XDG_DATA_HOME");
    if (dataHome.empty() || dataHome.is_relative()) {
        const std::string home = environment("HOME");
        if (home.empty()) {
            throw CliError("cannot find the library: neither ANNALIST_LIBRARY nor HOME is set (use --library)");
        }
        dataHome = std::filesystem::path(home) / ".local" / "share";
    }
    return dataHome / "annalist" / "library.sqlite";
}

const core::Pipeline& CliContext::pipeline() {
    if (!m_pipeline) {
        const std::filesystem::path resources = core::locateResources(m_executableDir);
        m_pipeline = std::make_unique<core::Pipeline>(core::Gazetteer::load(resources, {"it", "en"}));
    }
    return *m_pipeline;
}

void CliContext::write(std::string_view text) {
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) {
        throw CliError("cannot write to standard output");
    }
}

void CliContext::flush() {
    if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
        throw CliError("cannot write to standard output");
    }
}

void CliContext::error(std::string_view message) {
    std::fprintf(stderr, "annalist-cli: %.*s\n", static_cast<int>(message.size()), message.data());
}

void CliContext::noteEncoding(const core::Article& article, std::string_view inputName) {
    if (!isUtf8Name(article.sourceEncoding)) {
        error("note: " + std::string(inputName) + " was read as " + article.sourceEncoding + " and converted to UTF-8");
    }
}

} // namespace annalist::cli
