// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_app.h"

#include <annalist/core/error.h>

#include <array>
#include <cstdio>
#include <iostream>
#include <utility>

namespace annalist::cli {
namespace {

constexpr const char* kVersion = ANNALIST_VERSION;
constexpr const char* kToolUsage = "annalist-cli [--help] [--version] COMMAND [OPTIONS] [ARGS]";

// One big buffer instead of the default few kilobytes: batch runs print millions of short lines,
// and this static array outlives every write, including the final flush at exit.
std::array<char, 1 << 20> outputBuffer;

void configureStandardStreams() {
    std::setvbuf(stdout, outputBuffer.data(), _IOFBF, outputBuffer.size());
    std::ios::sync_with_stdio(false);
}

int reportUsage(const UsageError& error) {
    CliContext::error(error.what());
    std::fprintf(stderr, "usage: %s\n", error.usage().c_str());
    return 2;
}

} // namespace

CliApp::CliApp(std::filesystem::path executableDir) : m_context(std::move(executableDir)) {
    m_commands.push_back(makeAnnotateCommand());
    m_commands.push_back(makeImportCommand());
    m_commands.push_back(makeListCommand());
    m_commands.push_back(makeExportCommand());
    m_commands.push_back(makeCorrectCommand());
    m_commands.push_back(makeEvalCommand());
}

int CliApp::run(const std::vector<std::string>& args) {
    configureStandardStreams();
    int status = 1;
    try {
        status = dispatch(args);
    } catch (const UsageError& error) {
        status = reportUsage(error);
    } catch (const core::InputError& error) {
        CliContext::error(error.what());
    } catch (const core::StoreError& error) {
        CliContext::error(error.what());
    } catch (const CliError& error) {
        CliContext::error(error.what());
    } catch (const std::exception& error) {
        CliContext::error(std::string("error: ") + error.what());
    }
    if (std::fflush(stdout) != 0 && status == 0) {
        CliContext::error("cannot write to standard output");
        status = 1;
    }
    return status;
}

std::filesystem::path CliApp::executableDir(const char* argv0) {
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        return self.parent_path();
    }
    return std::filesystem::absolute(argv0 == nullptr ? "" : argv0, error).parent_path();
}

int CliApp::dispatch(const std::vector<std::string>& args) {
    if (args.empty()) {
        throw UsageError("missing command (try 'annalist-cli --help')", kToolUsage);
    }
    const std::string& first = args.front();
    if (first == "--help" || first == "-h" || first == "help") {
        return help(args);
    }
    if (first == "--version") {
        m_context.write(std::string("annalist-cli ") + kVersion + "\n");
        return 0;
    }
    if (first.starts_with("-")) {
        throw UsageError("unknown option " + first, kToolUsage);
    }
    Command* command = find(first);
    if (command == nullptr) {
        throw UsageError("unknown command '" + first + "' (try 'annalist-cli --help')", kToolUsage);
    }
    return command->execute(m_context, std::vector<std::string>(args.begin() + 1, args.end()));
}

int CliApp::help(const std::vector<std::string>& args) {
    if (args.size() < 2) {
        m_context.write(toolHelp());
        return 0;
    }
    const Command* command = find(args[1]);
    if (command == nullptr) {
        throw UsageError("unknown command '" + args[1] + "'", kToolUsage);
    }
    m_context.write(command->parser().helpText());
    return 0;
}

Command* CliApp::find(const std::string& name) const {
    for (const auto& command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

std::string CliApp::toolHelp() const {
    std::string text = std::string("usage: ") + kToolUsage + "\n\n" +
                       "Annalist marks who, where and which agreements a news article is about.\n\nCommands:\n";
    for (const auto& command : m_commands) {
        const std::string name(command->name());
        text += "  " + name + std::string(10 - name.size(), ' ') + std::string(command->summary()) + "\n";
    }
    text += "\nRun 'annalist-cli COMMAND --help' for the options of a command.\n"
            "The library is $ANNALIST_LIBRARY if set, else $XDG_DATA_HOME/annalist/library.sqlite\n"
            "(~/.local/share/annalist/library.sqlite), the file the desktop app uses.\n"
            "Exit status: 0 success, 1 bad input, 2 wrong usage.\n";
    return text;
}

} // namespace annalist::cli
