// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annalist::core {

namespace ner {
class GazetteerImage;
} // namespace ner

/// A known name: what it refers to and how sure the source is.
struct GazetteerEntry {
    EntityType type = EntityType::Place;
    std::string canonicalName; ///< e.g. "Corea del Nord" → "North Korea"
    std::string key;           ///< stable identifier shared by all aliases of one thing, e.g. "country:KP"
    std::string description;   ///< one line, may be empty
    Origin origin = Origin::Gazetteer;
    std::string country; ///< ISO 3166-1 alpha-2 code of its country, may be empty
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::uint32_t population = 0; ///< 0 when unknown
    bool partial = false;         ///< the name is only part of its full name, e.g. a person's surname
    std::string date;             ///< a treaty's signing date (ISO, may be partial), else empty
    std::string kind;             ///< kind from the knowledge base ("partnership", "party"…), may be empty
    std::string parties;          ///< a treaty's parties, `|`-separated keys ("country:RU|country:KP")

    /// An entry of a type, names and origin; every other field keeps its default.
    [[nodiscard]] static GazetteerEntry of(EntityType type, std::string canonicalName, std::string key,
                                           std::string description, Origin origin) {
        GazetteerEntry entry;
        entry.type = type;
        entry.canonicalName = std::move(canonicalName);
        entry.key = std::move(key);
        entry.description = std::move(description);
        entry.origin = origin;
        return entry;
    }
};

/// Everything the recogniser knows before reading a text: known names matched over folded token
/// sequences, first names, and per-language word lists. Immutable once built; share it freely.
class Gazetteer {
public:
    /// File name of the compiled form inside a resource folder.
    static constexpr const char* kCompiledFileName = "gazetteer.bin";

    /// Loads `<resourceDir>/gazetteer.bin` when it exists (fast), otherwise builds from sources. Throws StoreError.
    [[nodiscard]] static std::shared_ptr<const Gazetteer> load(const std::filesystem::path& resourceDir,
                                                               const std::vector<std::string>& languages);
    /// Builds the gazetteer from ICU locale data (countries and exemplar cities in `languages`) and the files
    /// under `resourceDir` (gazetteers/, kb/). Throws StoreError when a file is malformed.
    [[nodiscard]] static std::shared_ptr<Gazetteer> fromSources(const std::filesystem::path& resourceDir,
                                                                const std::vector<std::string>& languages);
    /// Reads a compiled gazetteer written by saveCompiled(). Throws StoreError for a foreign or damaged file.
    [[nodiscard]] static std::shared_ptr<const Gazetteer> openCompiled(const std::filesystem::path& file);
    /// Writes the compiled form. Throws StoreError.
    void saveCompiled(const std::filesystem::path& file) const;

    Gazetteer();
    ~Gazetteer();
    Gazetteer(const Gazetteer&) = delete;
    Gazetteer& operator=(const Gazetteer&) = delete;

    /// Adds a name (any case and accents); a second entry with the same key for the same name is ignored.
    void addName(std::string_view name, const GazetteerEntry& entry);
    /// Adds a first name.
    void addFirstName(std::string_view name);
    /// Adds a word to a named word list ("org-head", "treaty-head", "title", "speech-verb", …).
    /// Throws StoreError for an unknown list name.
    void addWord(std::string_view list, std::string_view word);

    /// Entries for a name written in any case and with or without accents, empty when unknown.
    [[nodiscard]] std::vector<GazetteerEntry> find(std::string_view name) const;
    /// Longest number of tokens any known name has; bounds the matcher's look-ahead.
    [[nodiscard]] std::size_t maxNameTokens() const;
    /// True when a folded word is a known first name.
    [[nodiscard]] bool isFirstName(std::string_view foldedWord) const;
    /// True when a folded word is in the named word list.
    [[nodiscard]] bool inList(std::string_view list, std::string_view foldedWord) const;
    /// Number of distinct names.
    [[nodiscard]] std::size_t nameCount() const;

    /// The compact form the recogniser reads directly.
    [[nodiscard]] const ner::GazetteerImage& image() const { return *m_image; }

private:
    std::unique_ptr<ner::GazetteerImage> m_image;
};

} // namespace annalist::core
