// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace annalist::test {

/// UTF-8 of one code point.
inline std::string utf8(char32_t c) {
    std::string out;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

/// The model article and the sample articles, each with its path, and last all of them as one text: what the
/// scanners are compared with ICU on.
inline std::vector<std::pair<std::string, std::string>> sampleArticles() {
    std::vector<std::filesystem::path> files{ANNALIST_SEED_ARTICLE};
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::path(ANNALIST_RESOURCE_DIR) / "samples")) {
        files.push_back(entry.path());
    }
    std::vector<std::pair<std::string, std::string>> articles;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        articles.emplace_back(file.string(), bytes.str());
    }
    std::string all;
    for (const auto& [path, text] : articles) {
        all += text;
    }
    articles.emplace_back("all the articles in one text", std::move(all));
    return articles;
}

/// Checks `agrees` on `rounds` random texts of 1 to `longest` characters drawn from `alphabet`; returns how many
/// texts it accepted (handled rather than left to ICU).
template <typename Agrees>
int randomTextsAccepted(const std::vector<char32_t>& alphabet, unsigned seed, int rounds, int longest, Agrees agrees) {
    std::mt19937 random(seed);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(1, longest);
    int accepted = 0;
    for (int round = 0; round < rounds; ++round) {
        std::string text;
        for (int i = length(random); i > 0; --i) {
            text += utf8(alphabet[pick(random)]);
        }
        accepted += agrees(text) ? 1 : 0;
    }
    return accepted;
}

/// Checks `agrees` on every code point below U+3000 alone and, when accepted, in the text `context` makes of it
/// and of it between two characters drawn from `alphabet`; returns how many code points it accepted alone.
template <typename Agrees, typename Context>
int codePointsAccepted(const std::vector<char32_t>& alphabet, unsigned seed, Agrees agrees, Context context) {
    std::mt19937 random(seed);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    int accepted = 0;
    for (char32_t c = 1; c < 0x3000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) {
            continue;
        }
        const std::string around = utf8(alphabet[pick(random)]) + utf8(c) + utf8(alphabet[pick(random)]);
        const bool alone = agrees(utf8(c));
        accepted += alone ? 1 : 0;
        if (alone) {
            agrees(context(utf8(c), around));
        }
    }
    return accepted;
}

} // namespace annalist::test
