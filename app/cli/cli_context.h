// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <annalist/core/article.h>
#include <annalist/core/pipeline.h>

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace annalist::cli {

class ParsedArguments;

/// A failure the user has to fix that is not about a particular input file (an unknown article
/// id, an output file that cannot be written); exit code 1.
class CliError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// What every command shares: where the library and the resources are, the pipeline (built on
/// first use, because loading the gazetteer is the slowest part of a short run) and the output.
class CliContext final {
public:
    explicit CliContext(std::filesystem::path executableDir);

    /// The library file: `--library` when given, else the default shared with the GUI.
    [[nodiscard]] std::filesystem::path libraryPath(const ParsedArguments& args) const;
    /// `$ANNALIST_LIBRARY`, else `${XDG_DATA_HOME:-$HOME/.local/share}/annalist/library.sqlite`.
    [[nodiscard]] static std::filesystem::path defaultLibraryPath();

    /// The reading and annotation pipeline, loaded once. Throws StoreError when resources are missing.
    [[nodiscard]] const core::Pipeline& pipeline();

    /// Writes to standard output (fully buffered; see flush()).
    void write(std::string_view text);
    /// Flushes standard output; throws CliError when it cannot be written.
    void flush();
    /// Writes "annalist-cli: <message>" and a newline to standard error.
    static void error(std::string_view message);
    /// Tells the user on standard error when `article` was converted from another encoding.
    static void noteEncoding(const core::Article& article, std::string_view inputName);

private:
    std::filesystem::path m_executableDir;
    std::unique_ptr<core::Pipeline> m_pipeline;
};

} // namespace annalist::cli
