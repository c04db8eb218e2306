// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/gazetteer_image.h"

#include <array>
#include <atomic>
#include <cstring>

namespace annalist::core::ner {

namespace {

std::uint64_t hashBytes(std::string_view text) {
    std::uint64_t hash = 1469598103934665603ULL;
    for (const char c : text) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    return hash;
}

/// A slot holds the word's id and the high half of its hash, so most misses are decided without a string compare.
std::uint64_t slotValue(std::uint64_t hash, std::uint32_t id) {
    return (hash & 0xFFFFFFFF00000000ULL) | (id + 1ULL);
}

std::uint64_t nextGeneration() {
    // Generation 0 marks an empty cache entry, so counting starts at 1.
    static std::atomic<std::uint64_t> generations{0};
    return ++generations;
}

// Words repeat throughout a text while the vocabulary is far larger than the processor's caches: a small
// direct-mapped cache per thread answers most lookups without touching the big tables. An entry
// only counts for the image generation that filled it, so a changed or different image never sees stale answers.
constexpr std::size_t kCacheSlots = 8192;
constexpr std::size_t kMaxCachedWord = 19;

struct WordCacheEntry {
    std::uint64_t generation = 0;
    std::uint32_t id = 0;
    std::uint8_t size = 0;
    std::array<char, kMaxCachedWord> text{};
};

struct LookupCache {
    std::array<WordCacheEntry, kCacheSlots> words{};
};

LookupCache& lookupCache() {
    thread_local const std::unique_ptr<LookupCache> cache = std::make_unique<LookupCache>();
    return *cache;
}

template <typename T> ArrayView<T> viewOf(const std::vector<T>& values) {
    return {values.data(), values.size()};
}

template <typename T> std::vector<T> copyOf(const ArrayView<T>& view) {
    return {view.data, view.data + view.size};
}

} // namespace

GazetteerImage::GazetteerImage() {
    m_store.tokenSlots.assign(1024, 0);
    m_store.transitions.resize(1024);
    m_store.nodeFirstEntry = {kNone};
    m_store.nodeDepth = {0};
    syncViews();
}

GazetteerImage::GazetteerImage(GazetteerImage&&) noexcept = default;
GazetteerImage& GazetteerImage::operator=(GazetteerImage&&) noexcept = default;
GazetteerImage::~GazetteerImage() = default;

void GazetteerImage::syncGeneration() {
    m_generation = nextGeneration();
}

void GazetteerImage::syncViews() {
    syncGeneration();
    m_view = {viewOf(m_store.pool),       viewOf(m_store.tokenString), viewOf(m_store.tokenFlags),
              viewOf(m_store.tokenSlots), viewOf(m_store.transitions), viewOf(m_store.nodeFirstEntry),
              viewOf(m_store.nodeDepth),  viewOf(m_store.entries)};
}

void GazetteerImage::ensureWritable() {
    if (!m_mapping) {
        return;
    }
    // A mapped image is read-only: copy it into owned arrays before the first change.
    m_store = {copyOf(m_view.pool),       copyOf(m_view.tokenString), copyOf(m_view.tokenFlags),
               copyOf(m_view.tokenSlots), copyOf(m_view.transitions), copyOf(m_view.nodeFirstEntry),
               copyOf(m_view.nodeDepth),  copyOf(m_view.entries)};
    m_mapping.reset();
    m_stringOffsets.clear();
    syncViews();
}

std::uint32_t GazetteerImage::tokenId(std::string_view folded) const {
    const std::uint64_t hash = hashBytes(folded);
    if (folded.size() > kMaxCachedWord) {
        return tokenIdWithHash(folded, hash);
    }
    WordCacheEntry& cached = lookupCache().words[hash & (kCacheSlots - 1)];
    if (cached.generation == m_generation && cached.size == folded.size() &&
        std::memcmp(cached.text.data(), folded.data(), folded.size()) == 0) {
        return cached.id;
    }
    const std::uint32_t id = tokenIdWithHash(folded, hash);
    cached.generation = m_generation;
    cached.id = id;
    cached.size = static_cast<std::uint8_t>(folded.size());
    std::memcpy(cached.text.data(), folded.data(), folded.size());
    return id;
}

std::uint32_t GazetteerImage::tokenIdWithHash(std::string_view folded, std::uint64_t hash) const {
    const ArrayView<std::uint64_t>& slots = m_view.tokenSlots;
    const std::size_t mask = slots.size - 1;
    const std::uint64_t fingerprint = hash & 0xFFFFFFFF00000000ULL;
    std::size_t slot = hash & mask;
    for (std::size_t probe = 0; probe < slots.size; ++probe, slot = (slot + 1) & mask) {
        const std::uint64_t stored = slots[slot];
        if (stored == 0) {
            return kNone;
        }
        const std::uint64_t id = (stored & 0xFFFFFFFFULL) - 1;
        if ((stored & 0xFFFFFFFF00000000ULL) == fingerprint && id < m_view.tokenString.size &&
            string(m_view.tokenString[id]) == folded) {
            return static_cast<std::uint32_t>(id);
        }
    }
    return kNone;
}

void GazetteerImage::prefetchTokenSlot(std::uint64_t hash) const {
    if (m_view.tokenSlots.size != 0) {
        __builtin_prefetch(&m_view.tokenSlots[hash & (m_view.tokenSlots.size - 1)]);
    }
}

/// Once the slot is in cache: fetches the string the slot points at, which the comparison will read.
void GazetteerImage::prefetchTokenString(std::uint64_t hash) const {
    if (m_view.tokenSlots.size == 0) {
        return;
    }
    const std::uint64_t stored = m_view.tokenSlots[hash & (m_view.tokenSlots.size - 1)];
    const std::uint64_t id = (stored & 0xFFFFFFFFULL) - 1;
    if (stored != 0 && id < m_view.tokenString.size && m_view.tokenString[id] < m_view.pool.size) {
        __builtin_prefetch(m_view.pool.data + m_view.tokenString[id]);
    }
}

void GazetteerImage::tokenIds(std::span<const std::string_view> words, std::span<std::uint32_t> ids) const {
    // Words the per-thread cache knows are answered at once; the others are looked up with three stages in
    // flight: the slot of miss m + 2 * kAhead, the string of miss m + kAhead, the comparison of miss m.
    constexpr std::size_t kAhead = 6;
    std::vector<std::uint64_t> hashes;
    std::vector<std::size_t> misses;
    hashes.reserve(words.size());
    misses.reserve(words.size());
    auto& cache = lookupCache().words;
    for (std::size_t i = 0; i < words.size() && i < ids.size(); ++i) {
        const std::string_view word = words[i];
        const std::uint64_t hash = hashBytes(word);
        const WordCacheEntry& cached = cache[hash & (kCacheSlots - 1)];
        if (word.size() <= kMaxCachedWord && cached.generation == m_generation && cached.size == word.size() &&
            std::memcmp(cached.text.data(), word.data(), word.size()) == 0) {
            ids[i] = cached.id;
            continue;
        }
        hashes.push_back(hash);
        misses.push_back(i);
    }
    for (std::size_t m = 0; m < misses.size(); ++m) {
        if (m + 2 * kAhead < misses.size()) {
            prefetchTokenSlot(hashes[m + 2 * kAhead]);
        }
        if (m + kAhead < misses.size()) {
            prefetchTokenString(hashes[m + kAhead]);
        }
        // The cache is filled as tokenId() fills it, with the hash already known.
        const std::string_view word = words[misses[m]];
        const std::uint32_t id = tokenIdWithHash(word, hashes[m]);
        ids[misses[m]] = id;
        if (word.size() <= kMaxCachedWord) {
            WordCacheEntry& cached = cache[hashes[m] & (kCacheSlots - 1)];
            cached.generation = m_generation;
            cached.id = id;
            cached.size = static_cast<std::uint8_t>(word.size());
            std::memcpy(cached.text.data(), word.data(), word.size());
        }
    }
}

std::uint32_t GazetteerImage::internToken(std::string_view folded) {
    ensureWritable();
    if (const std::uint32_t known = tokenIdWithHash(folded, hashBytes(folded)); known != kNone) {
        return known;
    }
    if ((m_store.tokenString.size() + 1) * 2 > m_store.tokenSlots.size()) {
        growTokenSlots();
    }
    const auto id = static_cast<std::uint32_t>(m_store.tokenString.size());
    const std::uint32_t offset = internString(folded);
    m_store.tokenString.push_back(offset);
    m_store.tokenFlags.push_back(0);
    const std::size_t mask = m_store.tokenSlots.size() - 1;
    const std::uint64_t hash = hashBytes(folded);
    std::size_t slot = hash & mask;
    while (m_store.tokenSlots[slot] != 0) {
        slot = (slot + 1) & mask;
    }
    m_store.tokenSlots[slot] = slotValue(hash, id);
    syncViews();
    return id;
}

void GazetteerImage::addFlags(std::uint32_t token, std::uint64_t flags) {
    ensureWritable();
    m_store.tokenFlags.at(token) |= flags;
}

void GazetteerImage::growTokenSlots() {
    std::vector<std::uint64_t> slots(m_store.tokenSlots.size() * 2, 0);
    const std::size_t mask = slots.size() - 1;
    for (std::uint32_t id = 0; id < m_store.tokenString.size(); ++id) {
        const std::uint64_t hash = hashBytes(string(m_store.tokenString[id]));
        std::size_t slot = hash & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = slotValue(hash, id);
    }
    m_store.tokenSlots = std::move(slots);
    syncViews();
}

std::uint32_t GazetteerImage::child(std::uint32_t node, std::uint32_t token) const {
    const ArrayView<Transition>& table = m_view.transitions;
    if (token == kNone || node == kNone) {
        return kNone;
    }
    const std::uint64_t key = edgeKey(node, token);
    const std::size_t mask = table.size - 1;
    std::size_t slot = mix(key) & mask;
    for (std::size_t probe = 0; probe < table.size; ++probe, slot = (slot + 1) & mask) {
        const Transition& edge = table[slot];
        if (edge.key == key) {
            return edge.child < m_view.nodeFirstEntry.size ? edge.child : kNone;
        }
        if (edge.key == ~0ULL) {
            return kNone;
        }
    }
    return kNone;
}

std::uint32_t GazetteerImage::childOrAdd(std::uint32_t node, std::uint32_t token) {
    ensureWritable();
    if (const std::uint32_t known = child(node, token); known != kNone) {
        return known;
    }
    if ((m_transitionCount + 1) * 2 > m_store.transitions.size()) {
        growTransitions();
    }
    const auto created = static_cast<std::uint32_t>(m_store.nodeFirstEntry.size());
    m_store.nodeFirstEntry.push_back(kNone);
    m_store.nodeDepth.push_back(static_cast<std::uint8_t>(m_store.nodeDepth[node] + 1));
    m_maxDepth = std::max<std::size_t>(m_maxDepth, m_store.nodeDepth.back());
    const std::uint64_t key = edgeKey(node, token);
    const std::size_t mask = m_store.transitions.size() - 1;
    std::size_t slot = mix(key) & mask;
    while (m_store.transitions[slot].key != ~0ULL) {
        slot = (slot + 1) & mask;
    }
    m_store.transitions[slot] = Transition{key, created, 0};
    ++m_transitionCount;
    syncViews();
    return created;
}

void GazetteerImage::growTransitions() {
    std::vector<Transition> table(m_store.transitions.size() * 2);
    const std::size_t mask = table.size() - 1;
    for (const Transition& edge : m_store.transitions) {
        if (edge.key == ~0ULL) {
            continue;
        }
        std::size_t slot = mix(edge.key) & mask;
        while (table[slot].key != ~0ULL) {
            slot = (slot + 1) & mask;
        }
        table[slot] = edge;
    }
    m_store.transitions = std::move(table);
    syncViews();
}

bool GazetteerImage::addEntry(std::uint32_t node, const EntryRecord& record) {
    ensureWritable();
    std::uint32_t* link = &m_store.nodeFirstEntry.at(node);
    while (*link != kNone) {
        if (m_store.entries[*link].key == record.key) {
            return false;
        }
        link = &m_store.entries[*link].nextAtNode;
    }
    if (m_store.nodeFirstEntry[node] == kNone) {
        ++m_namedNodes;
    }
    *link = static_cast<std::uint32_t>(m_store.entries.size());
    m_store.entries.push_back(record);
    m_store.entries.back().nextAtNode = kNone;
    syncViews();
    return true;
}

std::uint32_t GazetteerImage::firstEntry(std::uint32_t node) const {
    if (node >= m_view.nodeFirstEntry.size) {
        return kNone;
    }
    const std::uint32_t first = m_view.nodeFirstEntry[node];
    return first < m_view.entries.size ? first : kNone;
}

std::uint32_t GazetteerImage::nextEntry(std::uint32_t index) const {
    const std::uint32_t next = index < m_view.entries.size ? m_view.entries[index].nextAtNode : kNone;
    // Entries are appended, so a node's chain only moves forward; anything else is damage and ends the chain.
    return next < m_view.entries.size && next > index ? next : kNone;
}

void GazetteerImage::loadStringIndex() {
    for (std::size_t at = 0; at < m_store.pool.size();) {
        const std::string_view stored = string(static_cast<std::uint32_t>(at));
        m_stringOffsets.emplace(stored, static_cast<std::uint32_t>(at));
        at += sizeof(std::uint32_t) + stored.size();
    }
}

std::uint32_t GazetteerImage::internString(std::string_view text) {
    ensureWritable();
    if (m_stringOffsets.empty() && !m_store.pool.empty()) {
        loadStringIndex();
    }
    const auto [it, inserted] =
        m_stringOffsets.try_emplace(std::string(text), static_cast<std::uint32_t>(m_store.pool.size()));
    if (inserted) {
        const auto length = static_cast<std::uint32_t>(text.size());
        const char* bytes = reinterpret_cast<const char*>(&length);
        m_store.pool.insert(m_store.pool.end(), bytes, bytes + sizeof length);
        m_store.pool.insert(m_store.pool.end(), text.begin(), text.end());
        syncViews();
    }
    return it->second;
}

std::string_view GazetteerImage::string(std::uint32_t offset) const {
    const ArrayView<char>& pool = m_view.pool;
    std::uint32_t length = 0;
    if (static_cast<std::size_t>(offset) + sizeof length > pool.size) {
        return {};
    }
    std::memcpy(&length, pool.data + offset, sizeof length);
    if (static_cast<std::size_t>(offset) + sizeof length + length > pool.size) {
        return {};
    }
    return {pool.data + offset + sizeof length, length};
}

} // namespace annalist::core::ner
