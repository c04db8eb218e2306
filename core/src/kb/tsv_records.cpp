// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kb/tsv_records.h"

#include "annalist/core/error.h"

#include <algorithm>

#include <fstream>

namespace annalist::core::kb {

std::vector<std::string> splitFields(std::string_view text, char separator) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        fields.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) {
            return fields;
        }
        start = end + 1;
    }
}

void forEachTsvRecord(const std::filesystem::path& file,
                      const std::function<void(const std::vector<std::string>&, int)>& record) {
    std::ifstream in(file, std::ios::binary);
    std::string line;
    int lineNumber = 0;
    while (in && std::getline(in, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (!line.empty() && line.front() != '#') {
            record(splitFields(line, '\t'), lineNumber);
        }
    }
}

void malformedRecord(const std::filesystem::path& file, int lineNumber, const std::string& what) {
    throw StoreError(file.string() + ":" + std::to_string(lineNumber) + ": " + what);
}

std::vector<std::filesystem::path> tsvFilesStartingWith(const std::filesystem::path& folder, std::string_view prefix) {
    std::error_code error;
    std::vector<std::filesystem::path> files;
    for (const auto& item : std::filesystem::directory_iterator(folder, error)) {
        const std::string name = item.path().filename().string();
        if (name.rfind(prefix, 0) == 0 && item.path().extension() == ".tsv") {
            files.push_back(item.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace annalist::core::kb
