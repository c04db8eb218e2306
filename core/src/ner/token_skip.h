// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/tokenizer.h"

#include <cstddef>
#include <vector>

namespace annalist::core::ner {

/// The first token from `from` on that `mayMatter` accepts, else the token count. The passes that look at every token
/// skip the others in this tight loop, with a test on the token's own fields that every token they act on passes.
template <typename MayMatter>
[[nodiscard]] std::size_t nextTokenThat(const std::vector<Token>& tokens, std::size_t from, MayMatter mayMatter) {
    const std::size_t count = tokens.size();
    while (from < count && !mayMatter(tokens[from])) {
        ++from;
    }
    return from;
}

} // namespace annalist::core::ner
