// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/error.h"
#include "ner/gazetteer_image.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cstring>
#include <fstream>

namespace annalist::core::ner {

namespace {

constexpr std::array<char, 8> kMagic{'A', 'N', 'L', 'G', 'A', 'Z', '0', '6'};
constexpr std::size_t kAlignment = 8;

/// Fixed-size file header; the eight arrays follow, each starting at a multiple of kAlignment.
struct Header {
    std::array<char, 8> magic = kMagic;
    std::uint64_t maxDepth = 0;
    std::uint64_t namedNodes = 0;
    std::uint64_t transitionCount = 0;
    std::array<std::uint64_t, 8> sizes{}; ///< element counts of the arrays
};

std::size_t aligned(std::size_t offset) {
    return (offset + kAlignment - 1) / kAlignment * kAlignment;
}

template <typename T> void writeArray(std::ofstream& out, const ArrayView<T>& values) {
    const auto at = static_cast<std::size_t>(out.tellp());
    const std::array<char, kAlignment> zeros{};
    out.write(zeros.data(), static_cast<std::streamsize>(aligned(at) - at));
    out.write(reinterpret_cast<const char*>(values.data), static_cast<std::streamsize>(values.size * sizeof(T)));
}

bool isPowerOfTwo(std::size_t value) {
    return value != 0 && (value & (value - 1)) == 0;
}

[[noreturn]] void refuse(const std::filesystem::path& file, const std::string& why) {
    throw StoreError(file.string() + ": " + why);
}

} // namespace

/// Keeps a read-only mapping of a compiled gazetteer alive for as long as an image uses it.
struct GazetteerImage::Mapping {
    void* address = MAP_FAILED;
    std::size_t length = 0;

    Mapping() = default;
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;
    ~Mapping() {
        if (address != MAP_FAILED) {
            munmap(address, length);
        }
    }
};

void GazetteerImage::save(const std::filesystem::path& file) const {
    Header header;
    header.maxDepth = m_maxDepth;
    header.namedNodes = m_namedNodes;
    header.transitionCount = m_transitionCount;
    header.sizes = {m_view.pool.size,        m_view.tokenString.size,    m_view.tokenFlags.size, m_view.tokenSlots.size,
                    m_view.transitions.size, m_view.nodeFirstEntry.size, m_view.nodeDepth.size,  m_view.entries.size};
    const std::filesystem::path partial = file.string() + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(&header), sizeof header);
        writeArray(out, m_view.pool);
        writeArray(out, m_view.tokenString);
        writeArray(out, m_view.tokenFlags);
        writeArray(out, m_view.tokenSlots);
        writeArray(out, m_view.transitions);
        writeArray(out, m_view.nodeFirstEntry);
        writeArray(out, m_view.nodeDepth);
        writeArray(out, m_view.entries);
        if (!out.flush()) {
            refuse(partial, "cannot write the compiled gazetteer");
        }
    }
    std::filesystem::rename(partial, file);
}

namespace {

/// Points a view at the next array of a mapped file, checking that it lies inside the file.
template <typename T>
void place(ArrayView<T>& view, const char* base, std::size_t length, std::size_t& at, std::uint64_t count,
           const std::filesystem::path& file) {
    at = aligned(at);
    if (count > length / sizeof(T) || at + count * sizeof(T) > length) {
        refuse(file, "the compiled gazetteer is truncated");
    }
    view = {reinterpret_cast<const T*>(base + at), static_cast<std::size_t>(count)};
    at += count * sizeof(T);
}

} // namespace

void GazetteerImage::placeArrays(Views& view, const char* base, std::size_t length,
                                 const std::array<std::uint64_t, 8>& sizes, const std::filesystem::path& file) {
    std::size_t at = sizeof(Header);
    place(view.pool, base, length, at, sizes[0], file);
    place(view.tokenString, base, length, at, sizes[1], file);
    place(view.tokenFlags, base, length, at, sizes[2], file);
    place(view.tokenSlots, base, length, at, sizes[3], file);
    place(view.transitions, base, length, at, sizes[4], file);
    place(view.nodeFirstEntry, base, length, at, sizes[5], file);
    place(view.nodeDepth, base, length, at, sizes[6], file);
    place(view.entries, base, length, at, sizes[7], file);
}

GazetteerImage GazetteerImage::load(const std::filesystem::path& file) {
    const int descriptor = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) {
        refuse(file, "cannot open the compiled gazetteer");
    }
    struct stat status {};
    auto mapping = std::make_shared<Mapping>();
    if (::fstat(descriptor, &status) == 0 && status.st_size >= static_cast<off_t>(sizeof(Header))) {
        mapping->length = static_cast<std::size_t>(status.st_size);
        mapping->address = ::mmap(nullptr, mapping->length, PROT_READ, MAP_PRIVATE, descriptor, 0);
    }
    ::close(descriptor);
    if (mapping->address == MAP_FAILED) {
        refuse(file, "not a compiled gazetteer");
    }
    const char* base = static_cast<const char*>(mapping->address);
    Header header;
    std::memcpy(&header, base, sizeof header);
    if (header.magic != kMagic) {
        refuse(file, "not a compiled gazetteer of this version");
    }
    GazetteerImage image;
    Views& view = image.m_view;
    placeArrays(view, base, mapping->length, header.sizes, file);
    const bool shaped = isPowerOfTwo(view.tokenSlots.size) && isPowerOfTwo(view.transitions.size) &&
                        view.tokenFlags.size == view.tokenString.size && view.nodeFirstEntry.size >= 1 &&
                        view.nodeDepth.size == view.nodeFirstEntry.size;
    if (!shaped) {
        refuse(file, "the compiled gazetteer is damaged");
    }
    image.m_store = {};
    image.m_mapping = std::move(mapping);
    image.m_maxDepth = header.maxDepth;
    image.m_namedNodes = header.namedNodes;
    image.m_transitionCount = header.transitionCount;
    image.syncGeneration();
    return image;
}

} // namespace annalist::core::ner
