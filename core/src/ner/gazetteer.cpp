// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/ner/gazetteer.h"

#include "annalist/core/text/unicode.h"
#include "ner/gazetteer_files.h"
#include "ner/icu_names.h"
#include "ner/tokenizer.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace annalist::core {

struct Gazetteer::Data {
    std::unordered_map<std::string, std::vector<GazetteerEntry>> names;
    std::unordered_set<std::string> firstNames;
    std::unordered_map<std::string, std::unordered_set<std::string>> lists;
    std::size_t maxTokens = 1;
};

Gazetteer::Gazetteer() : m_data(std::make_unique<Data>()) {}

Gazetteer::~Gazetteer() = default;

std::shared_ptr<const Gazetteer> Gazetteer::load(const std::filesystem::path& resourceDir,
                                                 const std::vector<std::string>& languages) {
    auto gazetteer = std::make_shared<Gazetteer>();
    const std::filesystem::path dir = resourceDir / "gazetteers";
    ner::loadLexicons(*gazetteer, dir / "lexicon");
    ner::loadNameTable(*gazetteer, dir / "organizations.tsv");
    ner::loadNameTable(*gazetteer, dir / "places.tsv");
    ner::addIcuCountryNames(*gazetteer, languages);
    ner::addIcuCityNames(*gazetteer, languages);
    ner::loadCities(*gazetteer, dir / "cities.tsv");
    ner::loadFirstNames(*gazetteer, dir / "first_names.txt");
    return gazetteer;
}

void Gazetteer::addName(std::string_view name, const GazetteerEntry& entry) {
    std::string key = ner::foldedNameKey(name);
    if (key.empty()) {
        return;
    }
    const auto tokenCount = static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ') + 1);
    auto& entries = m_data->names[std::move(key)];
    const bool known = std::any_of(entries.begin(), entries.end(),
                                   [&](const GazetteerEntry& existing) { return existing.key == entry.key; });
    if (!known) {
        entries.push_back(entry);
        m_data->maxTokens = std::max(m_data->maxTokens, tokenCount);
    }
}

void Gazetteer::addFirstName(std::string_view name) {
    m_data->firstNames.insert(foldForMatching(name));
}

void Gazetteer::addWord(std::string_view list, std::string_view word) {
    m_data->lists[std::string(list)].insert(foldForMatching(word));
}

const std::vector<GazetteerEntry>* Gazetteer::find(std::string_view foldedName) const {
    const auto it = m_data->names.find(std::string(foldedName));
    return it == m_data->names.end() ? nullptr : &it->second;
}

std::size_t Gazetteer::maxNameTokens() const {
    return m_data->maxTokens;
}

bool Gazetteer::isFirstName(std::string_view foldedWord) const {
    return m_data->firstNames.count(std::string(foldedWord)) > 0;
}

bool Gazetteer::inList(std::string_view list, std::string_view foldedWord) const {
    const auto it = m_data->lists.find(std::string(list));
    return it != m_data->lists.end() && it->second.count(std::string(foldedWord)) > 0;
}

std::size_t Gazetteer::nameCount() const {
    return m_data->names.size();
}

} // namespace annalist::core
