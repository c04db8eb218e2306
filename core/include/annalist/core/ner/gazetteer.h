// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::core {

/// A known name: what it refers to and how sure the source is.
struct GazetteerEntry {
    EntityType type = EntityType::Place;
    std::string canonicalName; ///< e.g. "Corea del Nord" → "North Korea"
    std::string key;           ///< stable identifier shared by all aliases of one thing, e.g. "country:KP"
    std::string description;   ///< one line, may be empty
    Origin origin = Origin::Gazetteer;
};

/// Everything the recogniser knows before reading a text: known names matched over folded token
/// sequences, first names, and per-language word lists. Immutable once built; share it freely.
class Gazetteer {
public:
    /// Builds the gazetteer from ICU locale data (countries and exemplar cities in `languages`) and
    /// the files under `resourceDir` (gazetteers/*.tsv). Throws StoreError when a file is malformed.
    [[nodiscard]] static std::shared_ptr<const Gazetteer> load(const std::filesystem::path& resourceDir,
                                                               const std::vector<std::string>& languages);

    Gazetteer();
    ~Gazetteer();
    Gazetteer(const Gazetteer&) = delete;
    Gazetteer& operator=(const Gazetteer&) = delete;

    /// Adds a name (any case and accents); later additions of the same key keep the first entry.
    void addName(std::string_view name, const GazetteerEntry& entry);
    /// Adds a first name.
    void addFirstName(std::string_view name);
    /// Adds a word to a named word list ("org-head", "treaty-head", "title", "speech-verb", …).
    void addWord(std::string_view list, std::string_view word);

    /// Entries for an exact folded name (see foldForMatching), empty when unknown.
    [[nodiscard]] const std::vector<GazetteerEntry>* find(std::string_view foldedName) const;
    /// Longest number of tokens any known name has; bounds the matcher's look-ahead.
    [[nodiscard]] std::size_t maxNameTokens() const;
    /// True when a folded word is a known first name.
    [[nodiscard]] bool isFirstName(std::string_view foldedWord) const;
    /// True when a folded word is in the named word list.
    [[nodiscard]] bool inList(std::string_view list, std::string_view foldedWord) const;
    /// Number of distinct names.
    [[nodiscard]] std::size_t nameCount() const;

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace annalist::core
