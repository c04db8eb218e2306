// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "argument_parser.h"

#include <algorithm>
#include <utility>

namespace annalist::cli {
namespace {

std::string joined(const std::vector<std::string>& words, const std::string& separator) {
    std::string out;
    for (const std::string& word : words) {
        out += (out.empty() ? "" : separator) + word;
    }
    return out;
}

} // namespace

std::string ParsedArguments::value(const std::string& option, const std::string& fallback) const {
    if (const auto found = m_values.find(option); found != m_values.end()) {
        return found->second;
    }
    const auto preset = m_defaults.find(option);
    return preset == m_defaults.end() ? fallback : preset->second;
}

ArgumentParser::ArgumentParser(std::string usage, std::string description, std::vector<OptionSpec> options,
                               PositionalSpec positionals)
    : m_usage(std::move(usage)), m_description(std::move(description)), m_options(std::move(options)),
      m_positionals(std::move(positionals)) {}

ParsedArguments ArgumentParser::parse(const std::vector<std::string>& args) const {
    ParsedArguments parsed;
    for (const OptionSpec& option : m_options) {
        if (!option.defaultValue.empty()) {
            parsed.m_defaults[option.name] = option.defaultValue;
        }
    }
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        // A lone "-" means standard input, so it is a positional like any file name.
        if (optionsEnded || arg == "-" || !arg.starts_with("-")) {
            parsed.m_positionals.push_back(arg);
        } else if (arg == "--") {
            optionsEnded = true;
        } else if (arg == "--help" || arg == "-h") {
            parsed.m_help = true;
        } else {
            i += parseOption(parsed, arg, i + 1 < args.size() ? &args[i + 1] : nullptr);
        }
    }
    if (!parsed.m_help) {
        checkPositionals(parsed);
    }
    return parsed;
}

std::size_t ArgumentParser::parseOption(ParsedArguments& parsed, const std::string& arg,
                                        const std::string* next) const {
    const std::size_t equals = arg.find('=');
    const std::string name = arg.substr(0, equals);
    const OptionSpec* spec = find(name);
    if (spec == nullptr) {
        throw UsageError("unknown option " + name, m_usage);
    }
    if (spec->valueName.empty()) {
        if (equals != std::string::npos) {
            throw UsageError("option " + name + " takes no value", m_usage);
        }
        setOption(parsed, *spec, {});
        return 0;
    }
    if (equals != std::string::npos) {
        setOption(parsed, *spec, arg.substr(equals + 1));
        return 0;
    }
    if (next == nullptr) {
        throw UsageError("option " + name + " needs a value (" + spec->valueName + ")", m_usage);
    }
    setOption(parsed, *spec, *next);
    return 1;
}

std::string ArgumentParser::helpText() const {
    std::string text = "usage: " + m_usage + "\n\n" + m_description + "\n";
    if (!m_options.empty()) {
        text += "\nOptions:\n";
    }
    std::vector<std::pair<std::string, std::string>> rows;
    for (const OptionSpec& option : m_options) {
        rows.emplace_back(option.name + (option.valueName.empty() ? "" : " " + option.valueName), option.help);
        if (!option.choices.empty()) {
            rows.back().second += ": " + joined(option.choices, ", ");
        }
        if (!option.defaultValue.empty()) {
            rows.back().second += " (default " + option.defaultValue + ")";
        }
    }
    rows.emplace_back("-h, --help", "show this help and exit");
    std::size_t width = 0;
    for (const auto& row : rows) {
        width = std::max(width, row.first.size());
    }
    for (const auto& [left, right] : rows) {
        text += "  " + left + std::string(width - left.size() + 2, ' ') + right + "\n";
    }
    return text;
}

const OptionSpec* ArgumentParser::find(const std::string& name) const {
    const auto found =
        std::find_if(m_options.begin(), m_options.end(), [&](const OptionSpec& spec) { return spec.name == name; });
    return found == m_options.end() ? nullptr : &*found;
}

void ArgumentParser::setOption(ParsedArguments& parsed, const OptionSpec& spec, const std::string& value) const {
    if (!spec.valueName.empty() && value.empty()) {
        throw UsageError("option " + spec.name + " needs a value (" + spec.valueName + ")", m_usage);
    }
    if (!spec.choices.empty() && std::find(spec.choices.begin(), spec.choices.end(), value) == spec.choices.end()) {
        throw UsageError("invalid value '" + value + "' for " + spec.name + " (expected " + joined(spec.choices, ", ") +
                             ")",
                         m_usage);
    }
    parsed.m_values[spec.name] = value;
}

void ArgumentParser::checkPositionals(const ParsedArguments& parsed) const {
    const std::size_t count = parsed.m_positionals.size();
    if (count < m_positionals.min) {
        throw UsageError("missing " + m_positionals.name, m_usage);
    }
    if (count > m_positionals.max) {
        throw UsageError("unexpected argument '" + parsed.m_positionals[m_positionals.max] + "'", m_usage);
    }
}

} // namespace annalist::cli
