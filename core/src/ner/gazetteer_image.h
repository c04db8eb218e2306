// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
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
    std::uint32_t date = 0;   ///< string: a treaty's signing date (ISO, partial), empty otherwise
    std::uint32_t kind = 0;   ///< string: a treaty's or organisation's kind from the knowledge base
};

/// A trie edge: (parent node, token id) → child node, in an open-addressing table.
struct Transition {
    std::uint64_t key = ~0ULL;
    std::uint32_t child = 0;
    std::uint32_t reserved = 0;
};

/// The key of a trie edge in the transition table.
[[nodiscard]] constexpr std::uint64_t edgeKey(std::uint32_t node, std::uint32_t token) {
    return (static_cast<std::uint64_t>(node) << 32) | token;
}

/// Spreads an edge key over the transition table's slots.
[[nodiscard]] constexpr std::uint64_t mix(std::uint64_t value) {
    value ^= value >> 33;
    value *= 0xff51afd7ed558ccdULL;
    value ^= value >> 33;
    value *= 0xc4ceb9fe1a85ec53ULL;
    return value ^ (value >> 33);
}

/// A read-only window on an array, owned by a vector while building or by a file mapping once loaded.
template <typename T> struct ArrayView {
    const T* data = nullptr;
    std::size_t size = 0;

    [[nodiscard]] const T& operator[](std::size_t index) const { return data[index]; }
};

/// The gazetteer's compact form: a vocabulary of folded words with list flags, a trie over word ids whose
/// nodes carry entries, and a string pool. Every part is a flat array, so a compiled file is mapped into
/// memory as it is: loading reads nothing up front, and only the pages a text touches are ever read.
/// Queries check every index they follow, so a damaged file gives wrong answers at worst, never a crash.
class GazetteerImage {
public:
    GazetteerImage();
    GazetteerImage(GazetteerImage&&) noexcept;
    GazetteerImage& operator=(GazetteerImage&&) noexcept;
    GazetteerImage(const GazetteerImage&) = delete;
    GazetteerImage& operator=(const GazetteerImage&) = delete;
    ~GazetteerImage();

    /// Id of a folded word, adding it when new.
    std::uint32_t internToken(std::string_view folded);
    /// Id of a folded word, or kNone.
    [[nodiscard]] std::uint32_t tokenId(std::string_view folded) const;
    /// Ids of many folded words (ids[i] = tokenId(words[i])): the same answers, faster, because the memory
    /// reads of neighbouring lookups overlap instead of waiting for one another.
    void tokenIds(std::span<const std::string_view> words, std::span<std::uint32_t> ids) const;
    /// Adds list bits to a word.
    void addFlags(std::uint32_t token, std::uint64_t flags);
    /// List bits of a word (0 for kNone).
    [[nodiscard]] std::uint64_t flags(std::uint32_t token) const {
        return token < m_view.tokenFlags.size ? m_view.tokenFlags[token] : 0;
    }

    /// Child of a node along a word, adding it when new.
    std::uint32_t childOrAdd(std::uint32_t node, std::uint32_t token);
    /// Child of a node along a word, or kNone.
    [[nodiscard]] std::uint32_t child(std::uint32_t node, std::uint32_t token) const;
    /// Starts fetching the table slot child(node, token) will read, so that a later call finds it in cache.
    /// Inline: it runs once for every token of every text.
    void prefetchChild(std::uint32_t node, std::uint32_t token) const {
        if (token != kNone && node != kNone && m_view.transitions.size != 0) {
            __builtin_prefetch(&m_view.transitions[mix(edgeKey(node, token)) & (m_view.transitions.size - 1)]);
        }
    }
    /// Attaches an entry to a node unless one with the same key is there; returns false if it was.
    bool addEntry(std::uint32_t node, const EntryRecord& record);
    /// First entry of a node, or kNone; follow nextEntry() for the others.
    [[nodiscard]] std::uint32_t firstEntry(std::uint32_t node) const;
    /// The entry after `index` at the same node, or kNone.
    [[nodiscard]] std::uint32_t nextEntry(std::uint32_t index) const;
    /// An entry; `index` must come from firstEntry() or nextEntry().
    [[nodiscard]] const EntryRecord& entry(std::uint32_t index) const { return m_view.entries[index]; }

    /// Offset of a string in the pool, adding it when new.
    std::uint32_t internString(std::string_view text);
    /// The string at a pool offset (empty for an offset outside the pool).
    [[nodiscard]] std::string_view string(std::uint32_t offset) const;

    [[nodiscard]] std::size_t maxDepth() const { return m_maxDepth; }
    [[nodiscard]] std::size_t namedNodeCount() const { return m_namedNodes; }
    [[nodiscard]] std::size_t tokenCount() const { return m_view.tokenString.size; }
    [[nodiscard]] std::size_t entryCount() const { return m_view.entries.size; }

    /// Writes the image to a file. Throws StoreError.
    void save(const std::filesystem::path& file) const;
    /// Maps an image written by save(). Throws StoreError for a missing, foreign or truncated file.
    [[nodiscard]] static GazetteerImage load(const std::filesystem::path& file);

private:
    struct Views {
        ArrayView<char> pool;
        ArrayView<std::uint32_t> tokenString;
        ArrayView<std::uint64_t> tokenFlags;
        ArrayView<std::uint64_t> tokenSlots; ///< hash fingerprint << 32 | token id + 1; 0 when empty
        ArrayView<Transition> transitions;
        ArrayView<std::uint32_t> nodeFirstEntry;
        ArrayView<std::uint8_t> nodeDepth;
        ArrayView<EntryRecord> entries;
    };
    struct Storage {
        std::vector<char> pool;
        std::vector<std::uint32_t> tokenString;
        std::vector<std::uint64_t> tokenFlags;
        std::vector<std::uint64_t> tokenSlots;
        std::vector<Transition> transitions;
        std::vector<std::uint32_t> nodeFirstEntry;
        std::vector<std::uint8_t> nodeDepth;
        std::vector<EntryRecord> entries;
    };
    struct Mapping;

    /// Points every view at its array inside a mapped file; throws StoreError when one lies outside it.
    static void placeArrays(Views& view, const char* base, std::size_t length,
                            const std::array<std::uint64_t, 8>& sizes, const std::filesystem::path& file);

    [[nodiscard]] std::uint32_t tokenIdWithHash(std::string_view folded, std::uint64_t hash) const;
    void prefetchTokenSlot(std::uint64_t hash) const;
    void prefetchTokenString(std::uint64_t hash) const;
    void syncGeneration();
    void ensureWritable();
    void syncViews();
    void growTokenSlots();
    void growTransitions();
    void loadStringIndex();

    Storage m_store;
    Views m_view;
    std::shared_ptr<Mapping> m_mapping; ///< set when the arrays live in a mapped file
    std::uint64_t m_generation = 0;     ///< changes with every change of content; keys the per-thread lookup caches
    std::size_t m_transitionCount = 0;
    std::size_t m_maxDepth = 0;
    std::size_t m_namedNodes = 0;
    std::unordered_map<std::string, std::uint32_t> m_stringOffsets; ///< building only
};

} // namespace annalist::core::ner
