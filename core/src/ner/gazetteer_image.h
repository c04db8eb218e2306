// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace annalist::core::ner {

inline constexpr std::uint32_t kNone = 0xFFFFFFFFU;
inline constexpr std::uint32_t kRootNode = 0;

/// One known thing at the end of a name's path in the trie. Strings are offsets into the string pool.
struct EntryRecord {
    std::uint32_t key = 0;
    std::uint32_t name = 0;
    std::uint32_t description = 0;
    std::uint32_t country = 0;
    std::uint32_t nextAtNode = kNone; ///< next entry reached by the same name
    std::uint32_t population = 0;
    float latitude = 0.0F;
    float longitude = 0.0F;
    std::uint8_t type = 0;
    std::uint8_t origin = 0;
    std::uint8_t hasCoordinates = 0;
    std::uint8_t partial = 0; ///< 1 when the name is only part of the entry's name (a surname)
};

/// A trie edge: (parent node, token id) → child node, in an open-addressing table.
struct Transition {
    std::uint64_t key = ~0ULL;
    std::uint32_t child = 0;
    std::uint32_t reserved = 0;
};

/// The gazetteer's compact form: a vocabulary of folded words with list flags, a trie over word ids whose
/// nodes carry entries, and a string pool. Every part is a flat array, so the whole image is written and
/// read with a few block copies. Building and querying share these arrays; nothing is parsed at load.
class GazetteerImage {
public:
    GazetteerImage();

    /// Id of a folded word, adding it when new.
    std::uint32_t internToken(std::string_view folded);
    /// Id of a folded word, or kNone.
    [[nodiscard]] std::uint32_t tokenId(std::string_view folded) const;
    /// Adds list bits to a word.
    void addFlags(std::uint32_t token, std::uint32_t flags) { m_tokenFlags[token] |= flags; }
    /// List bits of a word (0 for kNone).
    [[nodiscard]] std::uint32_t flags(std::uint32_t token) const { return token == kNone ? 0 : m_tokenFlags[token]; }

    /// Child of a node along a word, adding it when new.
    std::uint32_t childOrAdd(std::uint32_t node, std::uint32_t token);
    /// Child of a node along a word, or kNone.
    [[nodiscard]] std::uint32_t child(std::uint32_t node, std::uint32_t token) const;
    /// Attaches an entry to a node unless one with the same key is there; returns false if it was.
    bool addEntry(std::uint32_t node, const EntryRecord& record);
    /// First entry of a node, or kNone; follow EntryRecord::nextAtNode for the others.
    [[nodiscard]] std::uint32_t firstEntry(std::uint32_t node) const { return m_nodeFirstEntry[node]; }
    [[nodiscard]] const EntryRecord& entry(std::uint32_t index) const { return m_entries[index]; }

    /// Offset of a string in the pool, adding it when new.
    std::uint32_t internString(std::string_view text);
    /// The string at a pool offset.
    [[nodiscard]] std::string_view string(std::uint32_t offset) const;

    [[nodiscard]] std::size_t maxDepth() const { return m_maxDepth; }
    [[nodiscard]] std::size_t namedNodeCount() const { return m_namedNodes; }
    [[nodiscard]] std::size_t tokenCount() const { return m_tokenString.size(); }

    /// Writes the image to a file. Throws StoreError.
    void save(const std::filesystem::path& file) const;
    /// Reads an image written by save(). Throws StoreError for a missing, foreign or damaged file.
    [[nodiscard]] static GazetteerImage load(const std::filesystem::path& file);

private:
    [[nodiscard]] bool isConsistent() const;
    [[nodiscard]] bool isStringOffset(std::uint32_t offset) const;
    void growTokenSlots();
    void growTransitions();

    std::vector<char> m_pool;
    std::vector<std::uint32_t> m_tokenString;
    std::vector<std::uint32_t> m_tokenFlags;
    std::vector<std::uint32_t> m_tokenSlots; ///< token id + 1, 0 when empty
    std::vector<Transition> m_transitions;
    std::size_t m_transitionCount = 0;
    std::vector<std::uint32_t> m_nodeFirstEntry;
    std::vector<std::uint8_t> m_nodeDepth;
    std::vector<EntryRecord> m_entries;
    std::size_t m_maxDepth = 0;
    std::size_t m_namedNodes = 0;
    std::unordered_map<std::string, std::uint32_t> m_stringOffsets; ///< building only; rebuilt on demand
};

} // namespace annalist::core::ner
