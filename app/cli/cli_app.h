// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli_context.h"
#include "command.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace annalist::cli {

/// The `annalist-cli` tool: picks the command, maps errors to messages and exit codes
/// (0 ok, 1 bad input, 2 usage).
class CliApp final {
public:
    /// `executableDir` is where resources are looked for (see core::locateResources).
    explicit CliApp(std::filesystem::path executableDir);

    /// Runs the tool on the arguments after the program name and returns the exit code.
    [[nodiscard]] int run(const std::vector<std::string>& args);

    /// The directory of the running executable, from /proc/self/exe or else `argv0`.
    [[nodiscard]] static std::filesystem::path executableDir(const char* argv0);

private:
    [[nodiscard]] int dispatch(const std::vector<std::string>& args);
    [[nodiscard]] int help(const std::vector<std::string>& args);
    [[nodiscard]] Command* find(const std::string& name) const;
    [[nodiscard]] std::string toolHelp() const;

    CliContext m_context;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace annalist::cli
