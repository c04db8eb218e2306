// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/kb/world_map.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace annalist::core {

/// An office a person held or holds, with its term as ISO partial dates (end empty while in office).
struct Office {
    std::string title;
    std::string start;
    std::string end;
    bool operator==(const Office&) const = default;
};

/// What the knowledge base and the gazetteers know about one entity id. Fields that are not known are empty.
struct EntityFacts {
    std::string id;              ///< `person:vladimir-putin`, `country:KP`, `city:VN:hanoi`, `org:nato`, `treaty:…`
    std::string name;            ///< canonical name
    std::string country;         ///< ISO 3166-1 alpha-2 the entity belongs to or lies in
    std::string kind;            ///< organisation or treaty kind from the knowledge base
    std::string descriptionEn;   ///< one line in English
    std::string descriptionIt;   ///< one line in Italian
    std::vector<Office> offices; ///< most recent first
    std::optional<GeoPoint> location; ///< a city's coordinates or a country's representative point
    std::uint64_t population = 0;     ///< of a city, 0 when unknown
    std::vector<std::string> parties; ///< entity ids of a treaty's parties
    std::string signedOn;             ///< ISO partial date a treaty was signed
    std::string inForceFrom;          ///< ISO partial date a treaty entered into force
    std::string status;               ///< in-force, suspended, terminated, expired, superseded, not-in-force, unknown
};

/// Read-only lookup of entity facts by id, loaded once at start-up from the compiled facts file
/// (share/annalist/facts.tsv), or compiled from the source resources when that file is absent.
class FactsBook {
public:
    /// Name of the compiled file inside a resource folder.
    static constexpr const char* kCompiledFileName = "facts.tsv";

    /// An empty book: every lookup finds nothing.
    FactsBook() = default;

    /// Loads `facts.tsv` from a resource folder, or compiles the sources of a source resource folder.
    /// Throws StoreError naming the file and line of a malformed entry.
    [[nodiscard]] static FactsBook load(const std::filesystem::path& resourceDir);

    /// Reads the sources (kb/*.tsv, gazetteers/*.tsv, maps/world-110m.txt) of a source resource folder.
    [[nodiscard]] static FactsBook fromSources(const std::filesystem::path& resourceDir);

    /// Reads a compiled facts file written by save().
    [[nodiscard]] static FactsBook loadCompiled(const std::filesystem::path& file);

    /// Writes the compiled facts file, one entity per line, sorted by id.
    void save(const std::filesystem::path& file) const;

    /// Facts about an entity id, or nullopt when nothing is known about it.
    [[nodiscard]] std::optional<EntityFacts> facts(std::string_view entityId) const;

    /// Canonical name of an entity id, or the id itself when unknown (for a treaty's parties).
    [[nodiscard]] std::string nameOf(std::string_view entityId) const;

    /// Number of entities known.
    [[nodiscard]] std::size_t size() const { return m_facts.size() + m_lines.size(); }

    /// Adds or completes the facts of an id: fields already set are kept (the first source wins).
    void merge(EntityFacts facts);

private:
    [[nodiscard]] std::vector<EntityFacts> all() const;

    std::unordered_map<std::string, EntityFacts> m_facts; ///< merged from sources
    // A compiled file is indexed, not parsed: a line becomes EntityFacts only when the card asks for it,
    // which keeps start-up short. The text is shared so that the views stay valid when the book moves.
    std::shared_ptr<const std::string> m_compiled;
    std::unordered_map<std::string_view, std::string_view> m_lines; ///< id → its line in m_compiled
};

} // namespace annalist::core
