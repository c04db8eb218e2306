// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::core {

/// The highlight colours a note may have, in the order a menu offers them.
inline constexpr std::array<std::string_view, 5> kNoteColors{"yellow", "green", "blue", "pink", "purple"};

/// Longest note text accepted, in bytes of UTF-8.
inline constexpr std::size_t kMaxNoteTextBytes = 64 * 1024;
/// Longest quoted passage accepted, in bytes of UTF-8.
inline constexpr std::size_t kMaxNoteQuoteBytes = 64 * 1024;
/// Most tags one note may carry.
inline constexpr std::size_t kMaxNoteTags = 32;
/// Longest tag accepted, in bytes of UTF-8.
inline constexpr std::size_t kMaxTagBytes = 100;

/// True for one of kNoteColors.
[[nodiscard]] bool isNoteColor(std::string_view color);

/// Tags as stored: white space trimmed, a leading '#' dropped, empty ones and repeats removed,
/// the first spelling and order kept.
[[nodiscard]] std::vector<std::string> normalizedTags(const std::vector<std::string>& tags);

} // namespace annalist::core
