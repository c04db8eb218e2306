// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>
#include <string_view>

namespace annalist::core::ner {

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
