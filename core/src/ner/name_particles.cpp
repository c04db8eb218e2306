// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/name_particles.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// Lowercase particles of family names that are no preposition of Italian, English or Spanish ("di", "de", "da"
/// join the names of places and bodies as well).
bool isNameParticle(std::string_view folded) {
    constexpr std::array<std::string_view, 10> kParticles{"bin", "ibn", "bint", "van", "von",
                                                          "der", "den", "ter",  "dos", "das"};
    return std::find(kParticles.begin(), kParticles.end(), folded) != kParticles.end();
}

/// "al-Hashimi", "el-Sisi": a word that opens with an Arabic article and a hyphen.
bool hasJoinedArabicArticle(const Token& token) {
    constexpr std::array<std::string_view, 2> kArticles{"al-", "el-"};
    return std::any_of(kArticles.begin(), kArticles.end(), [&](std::string_view article) {
        return token.folded.size() > article.size() + 1 && token.folded.compare(0, article.size(), article) == 0;
    });
}

} // namespace

bool joinsByNameParticles(const Context& context, std::size_t first, std::size_t last) {
    const auto& tokens = context.tokens();
    bool particle = false;
    for (std::size_t i = first; i < last; ++i) {
        if (context.isNameWord(i)) {
            continue;
        }
        if (tokens[i].capitalized || !isNameParticle(tokens[i].folded)) {
            return false;
        }
        particle = true;
    }
    return particle && context.isNameWord(first) && context.isNameWord(last - 1);
}

bool continuesArabicName(const Context& context, std::size_t runFirst, std::size_t at) {
    constexpr std::size_t kReach = 2;
    constexpr std::uint64_t kNotGiven = kCommonInAnyLanguage | bitOf(WordList::OrgHead) | bitOf(WordList::PlaceHead) |
                                        bitOf(WordList::Title) | bitOf(WordList::Demonym) | bitOf(WordList::Stopword) |
                                        bitOf(WordList::Determiner);
    const auto& tokens = context.tokens();
    for (std::size_t i = runFirst; i < at; ++i) {
        if (!context.isNameWord(i) || tokens[i].allCaps || (tokens[i].flags & kNotGiven) != 0) {
            return false;
        }
    }
    for (std::size_t i = at;
         i < tokens.size() && i <= at + kReach && context.isNameWord(i) && tokens[i].sentence == tokens[at].sentence;
         ++i) {
        if (hasJoinedArabicArticle(tokens[i])) {
            return true;
        }
    }
    return false;
}

} // namespace annalist::core::ner
