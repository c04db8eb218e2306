// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/name_similarity.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_map>

namespace annalist::core::ner {

namespace {

std::u32string toCodePoints(std::string_view utf8) {
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    std::u32string out;
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        out.push_back(static_cast<char32_t>(text.char32At(i)));
    }
    return out;
}

std::vector<std::string> personWords(const Context& context, const Candidate& candidate) {
    std::vector<std::string> words;
    for (std::size_t i = candidate.first; i < candidate.last; ++i) {
        words.push_back(context.tokens()[i].folded);
    }
    return words;
}

} // namespace

std::size_t editDistance(std::string_view a, std::string_view b) {
    const std::u32string x = toCodePoints(a);
    const std::u32string y = toCodePoints(b);
    std::vector<std::vector<std::size_t>> d(x.size() + 1, std::vector<std::size_t>(y.size() + 1));
    for (std::size_t i = 0; i <= x.size(); ++i) {
        d[i][0] = i;
    }
    for (std::size_t j = 0; j <= y.size(); ++j) {
        d[0][j] = j;
    }
    for (std::size_t i = 1; i <= x.size(); ++i) {
        for (std::size_t j = 1; j <= y.size(); ++j) {
            const std::size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[x.size()][y.size()];
}

bool isNearMissName(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.size() != b.size() || a.size() < 2) {
        return false;
    }
    std::size_t differing = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] == b[i]) {
            continue;
        }
        const bool typo = a[i].size() == b[i].size() && toCodePoints(a[i]).size() >= 4 && editDistance(a[i], b[i]) == 1;
        if (!typo) {
            return false;
        }
        ++differing;
    }
    return differing == 1;
}

void mergeNearMissSpellings(const Context& context, const std::vector<Candidate>& candidates,
                            std::vector<std::string>& keys) {
    // Only people written with at least two words can be near misses of one another; count each one's mentions.
    struct Cluster {
        std::string key;
        std::vector<std::string> words;
        std::size_t mentions = 0;
    };
    std::vector<Cluster> people;
    std::unordered_map<std::string, std::size_t> clusterOf;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (candidates[i].type != EntityType::Person) {
            continue;
        }
        auto [it, added] = clusterOf.try_emplace(keys[i], people.size());
        if (added) {
            people.push_back({keys[i], {}, 0});
        }
        Cluster& cluster = people[it->second];
        ++cluster.mentions;
        if (cluster.words.empty() && candidates[i].last - candidates[i].first >= 2) {
            cluster.words = personWords(context, candidates[i]);
        }
    }
    std::unordered_map<std::string, std::string> renamed;
    for (const Cluster& variant : people) {
        for (const Cluster& target : people) {
            if (target.mentions > variant.mentions && !variant.words.empty() && !target.words.empty() &&
                isNearMissName(variant.words, target.words)) {
                renamed[variant.key] = target.key;
                break;
            }
        }
    }
    if (renamed.empty()) {
        return;
    }
    for (std::string& key : keys) {
        if (auto it = renamed.find(key); it != renamed.end()) {
            key = it->second;
        }
    }
}

} // namespace annalist::core::ner
