// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_runner.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace annalist::cli::test {
namespace {

bool isContinuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

/// Byte offset of every code point, plus the byte length at the end.
std::vector<std::size_t> codePointStarts(const std::string& text) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isContinuation(static_cast<unsigned char>(text[i]))) {
            starts.push_back(i);
        }
    }
    starts.push_back(text.size());
    return starts;
}

// Every run gets the same sandbox home; it lives as long as the test process.
const TempDir& sandbox() {
    static const TempDir dir;
    return dir;
}

std::vector<std::string> environmentFor(const std::vector<std::string>& overrides) {
    const std::string home = sandbox().path().string();
    std::vector<std::string> env = {"HOME=" + home, "XDG_DATA_HOME=" + home + "/data",
                                    "ANNALIST_LIBRARY=" + home + "/default-library.sqlite"};
    for (char** variable = environ; *variable != nullptr; ++variable) {
        const std::string entry = *variable;
        if (!entry.starts_with("HOME=") && !entry.starts_with("XDG_DATA_HOME=") &&
            !entry.starts_with("ANNALIST_LIBRARY=")) {
            env.push_back(entry);
        }
    }
    for (const std::string& entry : overrides) {
        const std::string name = entry.substr(0, entry.find('=') + 1);
        std::erase_if(env, [&](const std::string& existing) { return existing.starts_with(name); });
        env.push_back(entry);
    }
    return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> result;
    for (std::string& s : strings) {
        result.push_back(s.data());
    }
    result.push_back(nullptr);
    return result;
}

int waitFor(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            throw std::runtime_error("waitpid failed");
        }
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "annalist-cli-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot create a temporary directory");
    }
    m_path = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

RunResult runCli(const std::vector<std::string>& args, const std::string& input, const std::vector<std::string>& env) {
    const TempDir io;
    writeFile(io / "stdin", input);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, (io / "stdin").c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, (io / "stdout").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, (io / "stderr").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

    std::vector<std::string> argv = {ANNALIST_CLI};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<std::string> envp = environmentFor(env);
    std::vector<char*> argvPointers = pointers(argv);
    std::vector<char*> envPointers = pointers(envp);

    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, ANNALIST_CLI, &actions, nullptr, argvPointers.data(), envPointers.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        throw std::runtime_error(std::string("cannot start annalist-cli: ") + std::strerror(spawned));
    }
    RunResult result;
    result.exitCode = waitFor(pid);
    result.out = readFile(io / "stdout");
    result.err = readFile(io / "stderr");
    return result;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
}

void writeFile(const std::filesystem::path& path, std::string_view content) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!file) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

std::filesystem::path testData(std::string_view name) {
    return std::filesystem::path(ANNALIST_TEST_DATA_DIR) / name;
}

std::string seedArticle() {
    return ANNALIST_SEED_ARTICLE;
}

std::string codePointSubstr(const std::string& text, std::size_t start, std::size_t end) {
    const std::vector<std::size_t> starts = codePointStarts(text);
    if (start > end || end >= starts.size()) {
        throw std::out_of_range("code point range " + std::to_string(start) + ".." + std::to_string(end) +
                                " outside a text of " + std::to_string(starts.size() - 1));
    }
    return text.substr(starts[start], starts[end] - starts[start]);
}

std::size_t codePointLength(const std::string& text) {
    return codePointStarts(text).size() - 1;
}

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);) {
        lines.push_back(line);
    }
    return lines;
}

} // namespace annalist::cli::test
