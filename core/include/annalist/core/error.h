// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

/// Error policy of annalist_core: operations that can fail because of what the user gave them
/// (a file, a library path, a query) throw one of the exceptions below; each carries a kind that
/// callers map to user-facing, translated text and an English detail for logs and the CLI.
/// Programming errors are not reported this way. Nothing is written to storage when one is thrown.
namespace annalist::core {

/// Why an input could not be read as an article.
enum class InputProblem {
    NotFound,        ///< the file does not exist
    Unreadable,      ///< exists but cannot be opened or read (permissions, a directory…)
    Empty,           ///< no text at all, or only white space
    Binary,          ///< looks like binary data (NUL bytes, control characters)
    InvalidEncoding, ///< not valid UTF-8 and no other encoding could be detected with confidence
    TooLarge,        ///< larger than the configured limit
    Malformed,       ///< structurally wrong (bad JSON line, unparsable markup)
};

/// Short English name of a problem, e.g. "too large".
[[nodiscard]] const char* toString(InputProblem problem);

/// Thrown when an input cannot be turned into an article; what() names the input and the problem.
class InputError final : public std::runtime_error {
public:
    InputError(InputProblem problem, const std::string& inputName, const std::string& detail);

    [[nodiscard]] InputProblem problem() const noexcept { return m_problem; }
    [[nodiscard]] const std::string& inputName() const noexcept { return m_inputName; }

private:
    InputProblem m_problem;
    std::string m_inputName;
};

/// Thrown when the library file cannot be opened, migrated, read or written.
class StoreError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace annalist::core
