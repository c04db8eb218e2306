// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/error.h"
#include "ner/gazetteer_image.h"

#include <array>
#include <cstring>
#include <fstream>

namespace annalist::core::ner {

namespace {

constexpr std::array<char, 8> kMagic{'A', 'N', 'L', 'G', 'A', 'Z', '0', '1'};

/// Fixed-size file header; the arrays follow in the order of `sizes`.
struct Header {
    std::array<char, 8> magic = kMagic;
    std::uint64_t maxDepth = 0;
    std::uint64_t namedNodes = 0;
    std::uint64_t transitionCount = 0;
    std::array<std::uint64_t, 8> sizes{}; ///< element counts of the eight arrays
};

template <typename T> void writeArray(std::ofstream& out, const std::vector<T>& values) {
    out.write(reinterpret_cast<const char*>(values.data()), static_cast<std::streamsize>(values.size() * sizeof(T)));
}

/// Reads one array straight from the file into its vector; throws when the file is shorter than the header says.
template <typename T>
void readArray(std::ifstream& in, std::uint64_t count, std::uint64_t remaining, std::vector<T>& values,
               const std::filesystem::path& file) {
    if (count > remaining / sizeof(T)) {
        throw StoreError(file.string() + ": the compiled gazetteer is truncated");
    }
    values.resize(count);
    if (!in.read(reinterpret_cast<char*>(values.data()), static_cast<std::streamsize>(count * sizeof(T)))) {
        throw StoreError(file.string() + ": the compiled gazetteer is truncated");
    }
}

bool isPowerOfTwo(std::size_t value) {
    return value != 0 && (value & (value - 1)) == 0;
}

} // namespace

bool GazetteerImage::isStringOffset(std::uint32_t offset) const {
    if (static_cast<std::size_t>(offset) + sizeof(std::uint32_t) > m_pool.size()) {
        return false;
    }
    std::uint32_t length = 0;
    std::memcpy(&length, m_pool.data() + offset, sizeof length);
    return offset + sizeof length + length <= m_pool.size();
}

bool GazetteerImage::isConsistent() const {
    const std::size_t tokens = m_tokenString.size();
    const std::size_t nodes = m_nodeFirstEntry.size();
    const std::size_t entries = m_entries.size();
    // Lookups probe until an empty slot, so both tables must keep at least one.
    bool ok = isPowerOfTwo(m_tokenSlots.size()) && isPowerOfTwo(m_transitions.size()) && nodes > 0 &&
              m_tokenFlags.size() == tokens && m_nodeDepth.size() == nodes && tokens < m_tokenSlots.size() &&
              m_transitionCount < m_transitions.size() && nodes == m_transitionCount + 1;
    for (std::size_t i = 0; ok && i < tokens; ++i) {
        ok = isStringOffset(m_tokenString[i]);
    }
    std::size_t usedSlots = 0;
    for (std::size_t i = 0; ok && i < m_tokenSlots.size(); ++i) {
        ok = m_tokenSlots[i] <= tokens;
        usedSlots += m_tokenSlots[i] != 0 ? 1 : 0;
    }
    std::size_t usedEdges = 0;
    for (std::size_t i = 0; ok && i < m_transitions.size(); ++i) {
        ok = m_transitions[i].key == ~0ULL || m_transitions[i].child < nodes;
        usedEdges += m_transitions[i].key != ~0ULL ? 1 : 0;
    }
    ok = ok && usedSlots == tokens && usedEdges == m_transitionCount;
    for (std::size_t i = 0; ok && i < nodes; ++i) {
        ok = m_nodeFirstEntry[i] == kNone || m_nodeFirstEntry[i] < entries;
    }
    for (std::size_t i = 0; ok && i < entries; ++i) {
        const EntryRecord& record = m_entries[i];
        ok = (record.nextAtNode == kNone || record.nextAtNode < entries) && isStringOffset(record.key) &&
             isStringOffset(record.name) && isStringOffset(record.description) && isStringOffset(record.country);
    }
    return ok;
}

void GazetteerImage::save(const std::filesystem::path& file) const {
    Header header;
    header.maxDepth = m_maxDepth;
    header.namedNodes = m_namedNodes;
    header.transitionCount = m_transitionCount;
    header.sizes = {m_pool.size(),        m_tokenString.size(),    m_tokenFlags.size(), m_tokenSlots.size(),
                    m_transitions.size(), m_nodeFirstEntry.size(), m_nodeDepth.size(),  m_entries.size()};
    const std::filesystem::path partial = file.string() + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(&header), sizeof header);
        writeArray(out, m_pool);
        writeArray(out, m_tokenString);
        writeArray(out, m_tokenFlags);
        writeArray(out, m_tokenSlots);
        writeArray(out, m_transitions);
        writeArray(out, m_nodeFirstEntry);
        writeArray(out, m_nodeDepth);
        writeArray(out, m_entries);
        if (!out.flush()) {
            throw StoreError(partial.string() + ": cannot write the compiled gazetteer");
        }
    }
    std::filesystem::rename(partial, file);
}

GazetteerImage GazetteerImage::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    if (!in) {
        throw StoreError(file.string() + ": cannot open the compiled gazetteer");
    }
    std::uint64_t remaining = static_cast<std::uint64_t>(in.tellg());
    in.seekg(0);
    Header header;
    if (remaining < sizeof header || !in.read(reinterpret_cast<char*>(&header), sizeof header) ||
        header.magic != kMagic) {
        throw StoreError(file.string() + ": not a compiled gazetteer of this version");
    }
    remaining -= sizeof header;
    GazetteerImage image;
    auto next = [&](std::uint64_t count, auto& values) {
        readArray(in, count, remaining, values, file);
        remaining -= count * sizeof(values[0]);
    };
    next(header.sizes[0], image.m_pool);
    next(header.sizes[1], image.m_tokenString);
    next(header.sizes[2], image.m_tokenFlags);
    next(header.sizes[3], image.m_tokenSlots);
    next(header.sizes[4], image.m_transitions);
    next(header.sizes[5], image.m_nodeFirstEntry);
    next(header.sizes[6], image.m_nodeDepth);
    next(header.sizes[7], image.m_entries);
    image.m_maxDepth = header.maxDepth;
    image.m_namedNodes = header.namedNodes;
    image.m_transitionCount = header.transitionCount;
    if (!image.isConsistent()) {
        throw StoreError(file.string() + ": the compiled gazetteer is damaged");
    }
    return image;
}

} // namespace annalist::core::ner
