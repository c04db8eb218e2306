// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace annalist::core::ner {

/// True when `word` is one of the fixed `words` a rule lists ("la", "il", "the").
template <std::size_t N>
[[nodiscard]] constexpr bool isOneOf(std::string_view word, const std::array<std::string_view, N>& words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

/// True when `word` is one of `words`, written in place: isOneOf(word, {"di", "da"}).
[[nodiscard]] inline bool isOneOf(std::string_view word, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

} // namespace annalist::core::ner
