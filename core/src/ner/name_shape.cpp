// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/name_shape.h"

#include <algorithm>
#include <array>

namespace annalist::core::ner {

namespace {

bool isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
}

bool isAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
}

bool isVowel(char c) {
    constexpr std::string_view kVowels = "aeiouyAEIOUY";
    return kVowels.find(c) != std::string_view::npos;
}

bool hasSurnamePrefix(std::string_view word) {
    constexpr std::array<std::string_view, 4> kPrefixes{"Mc", "Mac", "Fitz", "Van"};
    return std::any_of(kPrefixes.begin(), kPrefixes.end(),
                       [&](std::string_view prefix) { return word.substr(0, prefix.size()) == prefix; });
}

} // namespace

bool hasBrandCapitals(std::string_view word) {
    constexpr std::size_t kFirstSyllable = 3;
    if (word.size() <= kFirstSyllable || !isAsciiUpper(word.front()) || hasSurnamePrefix(word)) {
        return false;
    }
    for (std::size_t i = kFirstSyllable; i < word.size(); ++i) {
        if (isAsciiUpper(word[i]) && isAsciiLower(word[i - 1])) {
            return true;
        }
    }
    return false;
}

bool looksLikeDomainName(std::string_view word) {
    constexpr std::size_t kMinSuffix = 2;
    constexpr std::size_t kMaxSuffix = 4;
    const std::size_t dot = word.rfind('.');
    if (dot == std::string_view::npos || dot == 0) {
        return false;
    }
    const std::string_view suffix = word.substr(dot + 1);
    return suffix.size() >= kMinSuffix && suffix.size() <= kMaxSuffix &&
           std::all_of(suffix.begin(), suffix.end(), isAsciiLower);
}

bool looksLikeWordCaseAcronym(std::string_view word) {
    return word.size() == 3 && isAsciiUpper(word[0]) && isAsciiLower(word[1]) && isAsciiLower(word[2]) &&
           !isVowel(word[1]) && !isVowel(word[2]);
}

} // namespace annalist::core::ner
