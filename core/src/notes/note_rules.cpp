// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/notes/note_rules.h"

#include <algorithm>

namespace annalist::core {
namespace {

bool isTagSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string trimmedTag(std::string_view tag) {
    while (!tag.empty() && isTagSpace(tag.front())) {
        tag.remove_prefix(1);
    }
    while (!tag.empty() && isTagSpace(tag.back())) {
        tag.remove_suffix(1);
    }
    // "#diplomazia" and "diplomazia" are the same tag; Markdown export adds the '#' back.
    while (!tag.empty() && tag.front() == '#') {
        tag.remove_prefix(1);
    }
    return std::string(tag);
}

} // namespace

bool isNoteColor(std::string_view color) {
    return std::find(kNoteColors.begin(), kNoteColors.end(), color) != kNoteColors.end();
}

std::vector<std::string> normalizedTags(const std::vector<std::string>& tags) {
    std::vector<std::string> result;
    for (const std::string& tag : tags) {
        std::string trimmed = trimmedTag(tag);
        if (!trimmed.empty() && std::find(result.begin(), result.end(), trimmed) == result.end()) {
            result.push_back(std::move(trimmed));
        }
    }
    return result;
}

} // namespace annalist::core
