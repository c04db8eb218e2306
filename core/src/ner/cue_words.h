// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>
#include <string_view>

namespace annalist::core::ner {

/// True when token `i` is a word that can start no name: lowercase, not an acronym.
[[nodiscard]] inline bool isLowercaseWord(const Context& context, std::size_t i) {
    return context.tokens()[i].isWord() && !context.isNameWord(i);
}

/// True when tokens `a` and `b` are in the same sentence.
[[nodiscard]] inline bool sameSentence(const Context& context, std::size_t a, std::size_t b) {
    return context.tokens()[a].sentence == context.tokens()[b].sentence;
}

/// The folded lowercase word `distance` tokens before `first` in its sentence, or an empty view. A word opening
/// the sentence counts as lowercase, since a cue may open it: "Shares of Nokia", "Analysts at Jefferies".
[[nodiscard]] inline std::string_view cueWordBefore(const Context& context, std::size_t first, std::size_t distance) {
    const auto& tokens = context.tokens();
    if (first < distance || tokens[first - distance].sentence != tokens[first].sentence) {
        return {};
    }
    const Token& token = tokens[first - distance];
    return token.isWord() && (!token.capitalized || token.sentenceInitial) ? std::string_view(token.folded)
                                                                           : std::string_view();
}

} // namespace annalist::core::ner
