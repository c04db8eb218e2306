// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/web_addresses.h"

#include "ner/token_skip.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>

namespace annalist::core::ner {

namespace {

bool isAddressLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

/// "@acme.it", "example.com/news": a piece of an e-mail address or of a link.
bool isPartOfLink(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    const bool joinedBefore = i > 0 && !tokens[i].spaceBefore &&
                              (tokens[i - 1].text == "@" || tokens[i - 1].text == "/" || tokens[i - 1].text == ":");
    const bool joinedAfter =
        i + 1 < tokens.size() && !tokens[i + 1].spaceBefore && (tokens[i + 1].text == "/" || tokens[i + 1].text == "@");
    return joinedBefore || joinedAfter;
}

/// A cheap test before isBareWebAddress(): the dot before a domain of two to four letters ("it", "com", "news").
bool hasDomainDot(std::string_view word) {
    const std::size_t size = word.size();
    return size >= 5 && (word[size - 3] == '.' || word[size - 4] == '.' || word[size - 5] == '.');
}

} // namespace

bool isBareWebAddress(std::string_view word) {
    constexpr std::array<std::string_view, 20> kDomains{"it", "com", "org", "net", "eu",   "uk",  "info",
                                                        "io", "gov", "edu", "de",  "fr",   "es",  "ch",
                                                        "at", "be",  "nl",  "tv",  "news", "live"};
    constexpr std::size_t kShortestName = 3;
    const std::size_t firstDot = word.find('.');
    const std::size_t lastDot = word.rfind('.');
    if (firstDot == std::string_view::npos || firstDot < kShortestName || lastDot + 1 >= word.size() ||
        word.substr(0, 4) == "www." ||
        !std::all_of(word.begin(), word.end(), [](char c) { return isAddressLetter(c) || c == '.'; })) {
        return false;
    }
    return isOneOf(word.substr(lastDot + 1), kDomains) && word.find("..") == std::string_view::npos;
}

void addWebAddresses(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    bool added = false;
    // Every token passes here: a lowercase word of six letters or more with a dot inside is rare.
    constexpr std::size_t kShortestAddress = 6;
    const auto longLowercase = [](const Token& token) {
        return !token.capitalized && token.text.size() >= kShortestAddress && token.isWord();
    };
    for (std::size_t i = nextTokenThat(tokens, 0, longLowercase); i < tokens.size();
         i = nextTokenThat(tokens, i + 1, longLowercase)) {
        const Token& token = tokens[i];
        if (!hasDomainDot(token.text) || !isBareWebAddress(token.text) || isPartOfLink(context, i)) {
            continue;
        }
        const bool named = std::any_of(candidates.begin(), candidates.end(),
                                       [&](const Candidate& c) { return c.first <= i && i < c.last; });
        if (!named) {
            candidates.push_back(Candidate{i, i + 1, EntityType::Organization, kNone, Origin::Rule, 0.5, false});
            added = true;
        }
    }
    if (added) {
        sortByPosition(candidates);
    }
}

} // namespace annalist::core::ner
