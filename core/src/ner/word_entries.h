// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/gazetteer_image.h"

#include <cstdint>

namespace annalist::core::ner {

/// True when the single word with vocabulary id `wordId` is the whole name of an entry (not a surname alone) that
/// `accepts` says yes to; false for a word no entry bears.
template <typename Accepts> bool namesEntry(const GazetteerImage& image, std::uint32_t wordId, Accepts accepts) {
    const std::uint32_t node = wordId == kNone ? kNone : image.child(kRootNode, wordId);
    for (std::uint32_t at = node == kNone ? kNone : image.firstEntry(node); at != kNone; at = image.nextEntry(at)) {
        const EntryRecord& record = image.entry(at);
        if (record.partial == 0 && accepts(record)) {
            return true;
        }
    }
    return false;
}

/// True when the single word names a place on its own.
[[nodiscard]] inline bool namesPlace(const GazetteerImage& image, std::uint32_t wordId) {
    return namesEntry(image, wordId, [](const EntryRecord& record) {
        return static_cast<EntityType>(record.type) == EntityType::Place;
    });
}

} // namespace annalist::core::ner
