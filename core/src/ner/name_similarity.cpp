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

/// The folded words of a candidate, into `words`.
void personWords(const Context& context, const Candidate& candidate, std::vector<std::string>& words) {
    words.resize(candidate.last - candidate.first);
    for (std::size_t i = candidate.first; i < candidate.last; ++i) {
        words[i - candidate.first] = context.tokens()[i].folded;
    }
}

/// The bytes of a candidate's folded words: a near miss has as many as the name it misspells.
std::size_t foldedSize(const Context& context, const Candidate& candidate) {
    std::size_t size = 0;
    for (std::size_t i = candidate.first; i < candidate.last; ++i) {
        size += context.tokens()[i].folded.size();
    }
    return size;
}

bool isAscii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80U; });
}

/// For two ASCII words of one length, editDistance() == 1 without the table: one letter changed, or two
/// neighbours swapped.
bool isAsciiTypo(std::string_view a, std::string_view b) {
    std::size_t first = a.size();
    std::size_t differing = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i]) {
            first = differing == 0 ? i : first;
            if (++differing > 2) {
                return false;
            }
        }
    }
    return differing == 1 ||
           (differing == 2 && first + 1 < a.size() && a[first] == b[first + 1] && a[first + 1] == b[first]);
}

/// True when two different words of one byte length are a typo of each other in a word of at least four letters.
bool isWordTypo(std::string_view a, std::string_view b) {
    constexpr std::size_t kShortestWord = 4;
    if (isAscii(a) && isAscii(b)) {
        return a.size() >= kShortestWord && isAsciiTypo(a, b);
    }
    return toCodePoints(a).size() >= kShortestWord && editDistance(a, b) == 1;
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
        if (a[i].size() != b[i].size() || !isWordTypo(a[i], b[i])) {
            return false;
        }
        ++differing;
    }
    return differing == 1;
}

namespace {

/// The people of a document by cluster key, with the first mention that writes them in two words or more.
struct PersonCluster {
    std::string_view key; ///< views the caller's key, which stays put while the clusters live
    const Candidate* named = nullptr;
    std::size_t size = 0; ///< foldedSize() of `named`
    std::size_t mentions = 0;

    [[nodiscard]] std::size_t wordCount() const { return named == nullptr ? 0 : named->last - named->first; }
};

std::vector<PersonCluster> personClusters(const Context& context, const std::vector<Candidate>& candidates,
                                          const std::vector<std::string>& keys) {
    std::vector<PersonCluster> people;
    std::unordered_map<std::string_view, std::size_t> clusterOf;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (candidates[i].type != EntityType::Person) {
            continue;
        }
        auto [it, added] = clusterOf.try_emplace(keys[i], people.size());
        if (added) {
            people.push_back({keys[i], nullptr, 0, 0});
        }
        PersonCluster& cluster = people[it->second];
        ++cluster.mentions;
        if (cluster.named == nullptr && candidates[i].last - candidates[i].first >= 2) {
            cluster.named = &candidates[i];
            cluster.size = foldedSize(context, candidates[i]);
        }
    }
    return people;
}

} // namespace

void mergeNearMissSpellings(const Context& context, const std::vector<Candidate>& candidates,
                            std::vector<std::string>& keys) {
    // Only people written with at least two words can be near misses of one another; count each one's mentions.
    const std::vector<PersonCluster> people = personClusters(context, candidates, keys);
    std::unordered_map<std::string, std::string> renamed;
    std::vector<std::string> variantWords;
    std::vector<std::string> targetWords;
    for (const PersonCluster& variant : people) {
        if (variant.named == nullptr) {
            continue;
        }
        for (const PersonCluster& target : people) {
            // Word count and bytes first: isNearMissName() wants both equal, and most pairs differ in them.
            if (target.mentions <= variant.mentions || target.wordCount() != variant.wordCount() ||
                target.size != variant.size) {
                continue;
            }
            personWords(context, *variant.named, variantWords);
            personWords(context, *target.named, targetWords);
            if (isNearMissName(variantWords, targetWords)) {
                renamed.emplace(variant.key, target.key);
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
