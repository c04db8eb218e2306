// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "argument_parser.h"
#include "cli_context.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::cli {

/// One `annalist-cli COMMAND`: its arguments, its help and what it does.
class Command {
public:
    explicit Command(ArgumentParser parser) : m_parser(std::move(parser)) {}
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    /// The word that selects the command, e.g. "annotate".
    [[nodiscard]] virtual std::string_view name() const = 0;
    /// One line for the tool's --help.
    [[nodiscard]] virtual std::string_view summary() const = 0;

    /// Parses the arguments, prints help when asked, else runs. Returns the exit code; throws
    /// UsageError, CliError, InputError or StoreError.
    [[nodiscard]] int execute(CliContext& context, const std::vector<std::string>& args) {
        const ParsedArguments parsed = m_parser.parse(args);
        if (parsed.helpRequested()) {
            context.write(m_parser.helpText());
            return 0;
        }
        return run(context, parsed);
    }

    /// The command's argument specification.
    [[nodiscard]] const ArgumentParser& parser() const { return m_parser; }

protected:
    /// Does the work once the arguments are known to be well formed.
    [[nodiscard]] virtual int run(CliContext& context, const ParsedArguments& args) = 0;

private:
    ArgumentParser m_parser;
};

/// The `--library PATH` option shared by the commands that use the library.
[[nodiscard]] inline OptionSpec libraryOption() {
    return {"--library", "PATH", {}, "library file (default $ANNALIST_LIBRARY, else the desktop app's library)", ""};
}

/// `annotate`: prints what the recogniser finds in one file, or in JSON lines.
[[nodiscard]] std::unique_ptr<Command> makeAnnotateCommand();
/// `import`: reads, annotates and stores files.
[[nodiscard]] std::unique_ptr<Command> makeImportCommand();
/// `list`: prints the library's articles.
[[nodiscard]] std::unique_ptr<Command> makeListCommand();
/// `export`: prints stored articles as Markdown notes.
[[nodiscard]] std::unique_ptr<Command> makeExportCommand();
/// `correct`: stores or withdraws a correction of what the recogniser found.
[[nodiscard]] std::unique_ptr<Command> makeCorrectCommand();
/// `eval`: scores the recogniser on CoNLL-tagged data, per entity type.
[[nodiscard]] std::unique_ptr<Command> makeEvalCommand();

} // namespace annalist::cli
