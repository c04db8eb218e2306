// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/ner/recognizer.h"

#include <array>
#include <cctype>
#include <string>

namespace annalist::core {

namespace {

struct LanguageCues {
    std::string_view code;
    std::array<std::string_view, 12> words;
};

/// Very frequent function words that are rare in the other supported languages.
constexpr std::array<LanguageCues, 5> kCues{{
    {"it", {"il", "della", "che", "di", "per", "una", "sono", "gli", "nel", "anche", "del", "con"}},
    {"en", {"the", "of", "and", "to", "is", "that", "was", "with", "for", "has", "have", "by"}},
    {"fr", {"le", "les", "des", "est", "une", "dans", "pour", "qui", "sur", "au", "du", "pas"}},
    {"de", {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "auf", "sich"}},
    {"es", {"el", "los", "las", "que", "del", "una", "por", "con", "para", "es", "como", "se"}},
}};

int cueCount(const LanguageCues& cues, const std::string& word) {
    int count = 0;
    for (std::string_view cue : cues.words) {
        count += cue == word ? 1 : 0;
    }
    return count;
}

} // namespace

std::string detectLanguage(std::string_view text, std::string_view fallback) {
    std::array<int, kCues.size()> scores{};
    std::string word;
    auto flush = [&] {
        for (std::size_t i = 0; i < kCues.size(); ++i) {
            scores[i] += cueCount(kCues[i], word);
        }
        word.clear();
    };
    for (const char c : text.substr(0, 20000)) {
        if (std::isalpha(static_cast<unsigned char>(c)) != 0) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
            flush();
        }
    }
    flush();
    std::size_t best = 0;
    for (std::size_t i = 1; i < kCues.size(); ++i) {
        best = scores[i] > scores[best] ? i : best;
    }
    return scores[best] >= 2 ? std::string(kCues[best].code) : std::string(fallback);
}

} // namespace annalist::core
