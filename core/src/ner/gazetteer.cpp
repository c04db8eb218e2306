// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/ner/gazetteer.h"

#include "annalist/core/error.h"
#include "annalist/core/text/unicode.h"
#include "ner/gazetteer_files.h"
#include "ner/gazetteer_image.h"
#include "ner/icu_names.h"
#include "ner/tokenizer.h"
#include "ner/word_list.h"

namespace annalist::core {

namespace {

ner::EntryRecord toRecord(ner::GazetteerImage& image, const GazetteerEntry& entry) {
    ner::EntryRecord record;
    record.key = image.internString(entry.key);
    record.name = image.internString(entry.canonicalName);
    record.description = image.internString(entry.description);
    record.country = image.internString(entry.country);
    record.population = entry.population;
    record.type = static_cast<std::uint8_t>(entry.type);
    record.origin = static_cast<std::uint8_t>(entry.origin);
    record.hasCoordinates = entry.latitude && entry.longitude ? 1 : 0;
    record.partial = entry.partial ? 1 : 0;
    record.date = image.internString(entry.date);
    record.kind = image.internString(entry.kind);
    // A treaty has parties rather than a country; both share one field.
    if (entry.type == EntityType::Treaty) {
        record.country = image.internString(entry.parties);
    }
    record.latitude = static_cast<float>(entry.latitude.value_or(0.0));
    record.longitude = static_cast<float>(entry.longitude.value_or(0.0));
    return record;
}

GazetteerEntry fromRecord(const ner::GazetteerImage& image, const ner::EntryRecord& record) {
    GazetteerEntry entry;
    entry.type = static_cast<EntityType>(record.type);
    entry.canonicalName = image.string(record.name);
    entry.key = image.string(record.key);
    entry.description = image.string(record.description);
    entry.origin = static_cast<Origin>(record.origin);
    entry.country = image.string(record.country);
    entry.population = record.population;
    entry.partial = record.partial != 0;
    entry.date = image.string(record.date);
    entry.kind = image.string(record.kind);
    if (entry.type == EntityType::Treaty) {
        entry.parties = entry.country;
        entry.country.clear();
    }
    if (record.hasCoordinates != 0) {
        entry.latitude = record.latitude;
        entry.longitude = record.longitude;
    }
    return entry;
}

/// Trie node reached by a folded name key ("corea del nord"), or kNone.
std::uint32_t nodeOf(const ner::GazetteerImage& image, std::string_view key) {
    std::uint32_t node = ner::kRootNode;
    std::size_t from = 0;
    while (node != ner::kNone && from <= key.size()) {
        const std::size_t space = std::min(key.find(' ', from), key.size());
        node = image.child(node, image.tokenId(key.substr(from, space - from)));
        from = space + 1;
    }
    return node;
}

} // namespace

Gazetteer::Gazetteer() : m_image(std::make_unique<ner::GazetteerImage>()) {}

Gazetteer::~Gazetteer() = default;

std::shared_ptr<const Gazetteer> Gazetteer::load(const std::filesystem::path& resourceDir,
                                                 const std::vector<std::string>& languages) {
    std::error_code error;
    const std::filesystem::path compiled = resourceDir / kCompiledFileName;
    if (std::filesystem::is_regular_file(compiled, error)) {
        return openCompiled(compiled);
    }
    return fromSources(resourceDir, languages);
}

std::shared_ptr<Gazetteer> Gazetteer::fromSources(const std::filesystem::path& resourceDir,
                                                  const std::vector<std::string>& languages) {
    auto gazetteer = std::make_shared<Gazetteer>();
    const std::filesystem::path dir = resourceDir / "gazetteers";
    ner::loadLexicons(*gazetteer, dir / "lexicon");
    ner::loadKnowledgeBase(*gazetteer, resourceDir / "kb");
    ner::loadNameTable(*gazetteer, dir / "places.tsv");
    ner::addIcuCountryNames(*gazetteer, languages);
    ner::addIcuCityNames(*gazetteer, languages);
    ner::loadCities(*gazetteer, dir / "cities.tsv");
    ner::loadNameTable(*gazetteer, dir / "regions.tsv");
    ner::loadWordFile(*gazetteer, dir / "first_names.txt", "first-name");
    ner::loadWordFile(*gazetteer, dir / "last_names.txt", "surname");
    ner::loadNameTable(*gazetteer, dir / "places-world.tsv");
    return gazetteer;
}

std::shared_ptr<const Gazetteer> Gazetteer::openCompiled(const std::filesystem::path& file) {
    auto gazetteer = std::make_shared<Gazetteer>();
    *gazetteer->m_image = ner::GazetteerImage::load(file);
    return gazetteer;
}

void Gazetteer::saveCompiled(const std::filesystem::path& file) const {
    m_image->save(file);
}

void Gazetteer::addName(std::string_view name, const GazetteerEntry& entry) {
    const std::vector<std::string> words = ner::foldedNameWords(name);
    if (words.empty()) {
        return;
    }
    std::uint32_t node = ner::kRootNode;
    for (const std::string& word : words) {
        node = m_image->childOrAdd(node, m_image->internToken(word));
    }
    m_image->addEntry(node, toRecord(*m_image, entry));
}

void Gazetteer::addFirstName(std::string_view name) {
    m_image->addFlags(m_image->internToken(foldForMatching(name)), ner::bitOf(ner::WordList::FirstName));
}

void Gazetteer::addWord(std::string_view list, std::string_view word) {
    const auto parsed = ner::parseWordList(list);
    if (!parsed) {
        throw StoreError("unknown word list: " + std::string(list));
    }
    m_image->addFlags(m_image->internToken(foldForMatching(word)), ner::bitOf(*parsed));
}

std::vector<GazetteerEntry> Gazetteer::find(std::string_view name) const {
    std::vector<GazetteerEntry> entries;
    const std::uint32_t node = nodeOf(*m_image, ner::foldedNameKey(name));
    for (std::uint32_t at = node == ner::kNone ? ner::kNone : m_image->firstEntry(node); at != ner::kNone;
         at = m_image->nextEntry(at)) {
        entries.push_back(fromRecord(*m_image, m_image->entry(at)));
    }
    return entries;
}

std::size_t Gazetteer::maxNameTokens() const {
    return std::max<std::size_t>(1, m_image->maxDepth());
}

bool Gazetteer::isFirstName(std::string_view foldedWord) const {
    return (m_image->flags(m_image->tokenId(foldedWord)) & ner::bitOf(ner::WordList::FirstName)) != 0;
}

bool Gazetteer::inList(std::string_view list, std::string_view foldedWord) const {
    const auto parsed = ner::parseWordList(list);
    return parsed && (m_image->flags(m_image->tokenId(foldedWord)) & ner::bitOf(*parsed)) != 0;
}

std::size_t Gazetteer::nameCount() const {
    return m_image->namedNodeCount();
}

} // namespace annalist::core
