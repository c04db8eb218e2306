// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::cli::test {

/// What one run of annalist-cli did.
struct RunResult {
    int exitCode = -1; ///< the process exit code, or 128 + signal number
    std::string out;   ///< everything written to standard output
    std::string err;   ///< everything written to standard error
};

/// A fresh directory under the system temporary directory, removed with everything in it.
class TempDir final {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] std::filesystem::path operator/(std::string_view name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

/// Runs the real annalist-cli binary with `args`, feeding `input` on standard input. HOME,
/// XDG_DATA_HOME and ANNALIST_LIBRARY point into a private temporary directory so that no test can
/// reach the user's library; `env` ("NAME=value") adds or overrides variables.
[[nodiscard]] RunResult runCli(const std::vector<std::string>& args, const std::string& input = {},
                               const std::vector<std::string>& env = {});

/// The whole content of a file ("" when it does not exist).
[[nodiscard]] std::string readFile(const std::filesystem::path& path);
/// Writes a file, replacing it.
void writeFile(const std::filesystem::path& path, std::string_view content);
/// A fixture from tests/data.
[[nodiscard]] std::filesystem::path testData(std::string_view name);
/// The model article.
[[nodiscard]] std::string seedArticle();

/// The substring of UTF-8 `text` between two code point offsets (checked: throws when out of range).
[[nodiscard]] std::string codePointSubstr(const std::string& text, std::size_t start, std::size_t end);
/// Number of code points in UTF-8 `text`.
[[nodiscard]] std::size_t codePointLength(const std::string& text);
/// The lines of `text` without their newlines (no empty last line for a trailing newline).
[[nodiscard]] std::vector<std::string> linesOf(const std::string& text);

} // namespace annalist::cli::test
