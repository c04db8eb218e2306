// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/error.h"
#include "annalist/core/eval/conll_eval.h"
#include "annalist/core/text/encoding.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <system_error>

namespace annalist::core {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kDocumentStart = "-DOCSTART-";

std::string_view trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) {
        return {};
    }
    const std::size_t last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

/// The columns of a line: tab-separated when it has a tab (tokens may then hold spaces), else space-separated.
std::vector<std::string_view> columnsOf(std::string_view line) {
    const char separator = line.find('\t') != std::string_view::npos ? '\t' : ' ';
    std::vector<std::string_view> columns;
    std::size_t start = 0;
    while (start <= line.size()) {
        const std::size_t end = std::min(line.find(separator, start), line.size());
        const std::string_view column = trimmed(line.substr(start, end - start));
        if (!column.empty() || separator == '\t') {
            columns.push_back(column);
        }
        start = end + 1;
    }
    return columns;
}

bool isValidTag(std::string_view tag) {
    return tag == "O" || (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-');
}

[[noreturn]] void malformed(const std::string& inputName, std::size_t line, const std::string& detail) {
    throw InputError(InputProblem::Malformed, inputName, "line " + std::to_string(line) + ": " + detail);
}

/// The token of a non-blank line, or nullopt for a document separator.
std::optional<ConllToken> parseLine(std::string_view line, const std::string& inputName, std::size_t number) {
    const std::vector<std::string_view> columns = columnsOf(line);
    if (!columns.empty() && columns.front() == kDocumentStart) {
        return std::nullopt;
    }
    if (columns.size() < 2) {
        malformed(inputName, number, "expected a token and a tag separated by a tab");
    }
    if (columns.front().empty()) {
        malformed(inputName, number, "empty token");
    }
    if (!isValidTag(columns.back())) {
        malformed(inputName, number,
                  "unknown tag '" + std::string(columns.back()) + "' (expected O, B-TYPE or I-TYPE)");
    }
    return ConllToken{std::string(columns.front()), std::string(columns.back())};
}

void closeSentence(ConllSentence& current, std::vector<ConllSentence>& sentences) {
    if (!current.tokens.empty()) {
        sentences.push_back(std::move(current));
    }
    current = ConllSentence{};
}

std::string readAll(const fs::path& path, const std::string& name) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) {
        throw InputError(InputProblem::NotFound, name, "no such file");
    }
    if (fs::is_directory(status)) {
        throw InputError(InputProblem::Unreadable, name, "is a directory");
    }
    std::ifstream in(path, std::ios::binary);
    if (error || !in) {
        throw InputError(InputProblem::Unreadable, name, error ? error.message() : std::strerror(errno));
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
        throw InputError(InputProblem::Unreadable, name, "read error");
    }
    return bytes;
}

} // namespace

std::vector<ConllSentence> parseConll(std::string_view utf8, const std::string& inputName) {
    std::vector<ConllSentence> sentences;
    ConllSentence current;
    std::size_t number = 0;
    for (std::size_t start = 0; start < utf8.size();) {
        const std::size_t end = std::min(utf8.find('\n', start), utf8.size());
        const std::string_view line = trimmed(utf8.substr(start, end - start));
        start = end + 1;
        ++number;
        std::optional<ConllToken> token = line.empty() ? std::nullopt : parseLine(line, inputName, number);
        if (!token) {
            closeSentence(current, sentences);
            continue;
        }
        if (current.tokens.empty()) {
            current.line = number;
        }
        current.tokens.push_back(std::move(*token));
    }
    closeSentence(current, sentences);
    if (sentences.empty()) {
        throw InputError(InputProblem::Empty, inputName, "no tokens");
    }
    return sentences;
}

std::vector<ConllSentence> readConllFile(const std::filesystem::path& path) {
    const std::string name = path.string();
    const DecodedText decoded = decodeText(readAll(path, name), name);
    return parseConll(decoded.utf8, name);
}

} // namespace annalist::core
