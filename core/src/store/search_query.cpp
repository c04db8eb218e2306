// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/search_query.h"

#include <vector>

namespace annalist::core::store {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> result;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i])) {
            ++i;
        }
        const std::size_t start = i;
        while (i < text.size() && !isSpace(text[i])) {
            ++i;
        }
        if (i > start) {
            result.push_back(text.substr(start, i - start));
        }
    }
    return result;
}

} // namespace

std::string ftsQuery(std::string_view typed) {
    std::string query;
    for (const std::string_view word : words(typed)) {
        if (!query.empty()) {
            query += ' ';
        }
        query += '"';
        for (const char c : word) {
            query += c;
            if (c == '"') {
                query += '"'; // FTS5 escapes a quote inside a string by doubling it
            }
        }
        query += '"';
    }
    return query;
}

} // namespace annalist::core::store
