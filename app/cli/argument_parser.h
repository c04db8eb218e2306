// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace annalist::cli {

/// A command line the user got wrong (unknown option, missing argument); exit code 2.
class UsageError final : public std::runtime_error {
public:
    UsageError(const std::string& message, std::string usage)
        : std::runtime_error(message), m_usage(std::move(usage)) {}

    /// The usage line of the command that was misused.
    [[nodiscard]] const std::string& usage() const noexcept { return m_usage; }

private:
    std::string m_usage;
};

/// One `--name [VALUE]` option a command accepts.
struct OptionSpec {
    std::string name;                 ///< with the dashes, e.g. "--lang"
    std::string valueName;            ///< e.g. "LANG"; empty for a flag without value
    std::vector<std::string> choices; ///< accepted values; empty accepts any
    std::string help;                 ///< one line for --help
    std::string defaultValue;         ///< the value when the option is not given; may be empty
};

/// The positional arguments a command accepts.
struct PositionalSpec {
    std::string name;    ///< e.g. "FILE|-"
    std::size_t min = 0; ///< fewer is a usage error
    std::size_t max = 1; ///< more is a usage error
};

/// The result of parsing one command's arguments.
class ParsedArguments {
public:
    /// True when --help or -h was given.
    [[nodiscard]] bool helpRequested() const { return m_help; }
    /// True when the option was given.
    [[nodiscard]] bool has(const std::string& option) const { return m_values.contains(option); }
    /// The option's value (the last one when repeated), else its default, else `fallback`.
    [[nodiscard]] std::string value(const std::string& option, const std::string& fallback = {}) const;
    /// Positional arguments in order.
    [[nodiscard]] const std::vector<std::string>& positionals() const { return m_positionals; }

private:
    friend class ArgumentParser;
    bool m_help = false;
    std::map<std::string, std::string> m_values;
    std::map<std::string, std::string> m_defaults;
    std::vector<std::string> m_positionals;
};

/// Parses `--name VALUE`, `--name=VALUE`, flags, `--` and positionals against a fixed specification.
class ArgumentParser {
public:
    ArgumentParser(std::string usage, std::string description, std::vector<OptionSpec> options,
                   PositionalSpec positionals);

    /// Parses the arguments after the command name. Throws UsageError.
    [[nodiscard]] ParsedArguments parse(const std::vector<std::string>& args) const;
    /// The usage line, e.g. "annalist-cli list [--library PATH]".
    [[nodiscard]] const std::string& usage() const { return m_usage; }
    /// Full help: usage, description and one line per option.
    [[nodiscard]] std::string helpText() const;

private:
    [[nodiscard]] const OptionSpec* find(const std::string& name) const;
    /// Handles one `--name[=value]` argument; returns how many following arguments it consumed.
    [[nodiscard]] std::size_t parseOption(ParsedArguments& parsed, const std::string& arg,
                                          const std::string* next) const;
    void setOption(ParsedArguments& parsed, const OptionSpec& spec, const std::string& value) const;
    void checkPositionals(const ParsedArguments& parsed) const;

    std::string m_usage;
    std::string m_description;
    std::vector<OptionSpec> m_options;
    PositionalSpec m_positionals;
};

} // namespace annalist::cli
