// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/gazetteer_image.h"

#include "annalist/core/error.h"

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

std::uint64_t mix(std::uint64_t value) {
    value ^= value >> 33;
    value *= 0xff51afd7ed558ccdULL;
    value ^= value >> 33;
    value *= 0xc4ceb9fe1a85ec53ULL;
    return value ^ (value >> 33);
}

std::uint64_t edgeKey(std::uint32_t node, std::uint32_t token) {
    return (static_cast<std::uint64_t>(node) << 32) | token;
}

} // namespace

GazetteerImage::GazetteerImage()
    : m_tokenSlots(1024, 0), m_transitions(1024), m_nodeFirstEntry{kNone}, m_nodeDepth{0} {}

std::uint32_t GazetteerImage::tokenId(std::string_view folded) const {
    const std::size_t mask = m_tokenSlots.size() - 1;
    for (std::size_t slot = hashBytes(folded) & mask;; slot = (slot + 1) & mask) {
        const std::uint32_t stored = m_tokenSlots[slot];
        if (stored == 0) {
            return kNone;
        }
        if (string(m_tokenString[stored - 1]) == folded) {
            return stored - 1;
        }
    }
}

std::uint32_t GazetteerImage::internToken(std::string_view folded) {
    if (const std::uint32_t known = tokenId(folded); known != kNone) {
        return known;
    }
    if ((m_tokenString.size() + 1) * 2 > m_tokenSlots.size()) {
        growTokenSlots();
    }
    const auto id = static_cast<std::uint32_t>(m_tokenString.size());
    m_tokenString.push_back(internString(folded));
    m_tokenFlags.push_back(0);
    const std::size_t mask = m_tokenSlots.size() - 1;
    std::size_t slot = hashBytes(folded) & mask;
    while (m_tokenSlots[slot] != 0) {
        slot = (slot + 1) & mask;
    }
    m_tokenSlots[slot] = id + 1;
    return id;
}

void GazetteerImage::growTokenSlots() {
    std::vector<std::uint32_t> slots(m_tokenSlots.size() * 2, 0);
    const std::size_t mask = slots.size() - 1;
    for (std::uint32_t id = 0; id < m_tokenString.size(); ++id) {
        std::size_t slot = hashBytes(string(m_tokenString[id])) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = id + 1;
    }
    m_tokenSlots = std::move(slots);
}

std::uint32_t GazetteerImage::child(std::uint32_t node, std::uint32_t token) const {
    if (token == kNone) {
        return kNone;
    }
    const std::uint64_t key = edgeKey(node, token);
    const std::size_t mask = m_transitions.size() - 1;
    for (std::size_t slot = mix(key) & mask;; slot = (slot + 1) & mask) {
        const Transition& edge = m_transitions[slot];
        if (edge.key == key) {
            return edge.child;
        }
        if (edge.key == ~0ULL) {
            return kNone;
        }
    }
}

std::uint32_t GazetteerImage::childOrAdd(std::uint32_t node, std::uint32_t token) {
    if (const std::uint32_t known = child(node, token); known != kNone) {
        return known;
    }
    if ((m_transitionCount + 1) * 2 > m_transitions.size()) {
        growTransitions();
    }
    const auto created = static_cast<std::uint32_t>(m_nodeFirstEntry.size());
    m_nodeFirstEntry.push_back(kNone);
    m_nodeDepth.push_back(static_cast<std::uint8_t>(m_nodeDepth[node] + 1));
    m_maxDepth = std::max<std::size_t>(m_maxDepth, m_nodeDepth.back());
    const std::uint64_t key = edgeKey(node, token);
    const std::size_t mask = m_transitions.size() - 1;
    std::size_t slot = mix(key) & mask;
    while (m_transitions[slot].key != ~0ULL) {
        slot = (slot + 1) & mask;
    }
    m_transitions[slot] = Transition{key, created, 0};
    ++m_transitionCount;
    return created;
}

void GazetteerImage::growTransitions() {
    std::vector<Transition> table(m_transitions.size() * 2);
    const std::size_t mask = table.size() - 1;
    for (const Transition& edge : m_transitions) {
        if (edge.key == ~0ULL) {
            continue;
        }
        std::size_t slot = mix(edge.key) & mask;
        while (table[slot].key != ~0ULL) {
            slot = (slot + 1) & mask;
        }
        table[slot] = edge;
    }
    m_transitions = std::move(table);
}

bool GazetteerImage::addEntry(std::uint32_t node, const EntryRecord& record) {
    std::uint32_t* link = &m_nodeFirstEntry[node];
    while (*link != kNone) {
        if (m_entries[*link].key == record.key) {
            return false;
        }
        link = &m_entries[*link].nextAtNode;
    }
    if (m_nodeFirstEntry[node] == kNone) {
        ++m_namedNodes;
    }
    *link = static_cast<std::uint32_t>(m_entries.size());
    m_entries.push_back(record);
    m_entries.back().nextAtNode = kNone;
    return true;
}

std::uint32_t GazetteerImage::internString(std::string_view text) {
    if (m_stringOffsets.empty() && !m_pool.empty()) {
        // A loaded image keeps no index of its strings; rebuild it the first time one is added.
        for (std::size_t at = 0; at < m_pool.size();) {
            const std::string_view stored = string(static_cast<std::uint32_t>(at));
            m_stringOffsets.emplace(stored, static_cast<std::uint32_t>(at));
            at += sizeof(std::uint32_t) + stored.size();
        }
    }
    const auto [it, inserted] =
        m_stringOffsets.try_emplace(std::string(text), static_cast<std::uint32_t>(m_pool.size()));
    if (inserted) {
        const auto length = static_cast<std::uint32_t>(text.size());
        const char* bytes = reinterpret_cast<const char*>(&length);
        m_pool.insert(m_pool.end(), bytes, bytes + sizeof length);
        m_pool.insert(m_pool.end(), text.begin(), text.end());
    }
    return it->second;
}

std::string_view GazetteerImage::string(std::uint32_t offset) const {
    std::uint32_t length = 0;
    std::memcpy(&length, m_pool.data() + offset, sizeof length);
    return {m_pool.data() + offset + sizeof length, length};
}

} // namespace annalist::core::ner
