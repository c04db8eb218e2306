// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/kb/entity_facts.h"

#include "annalist/core/error.h"
#include "kb/facts_sources.h"
#include "kb/tsv_records.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>

namespace annalist::core {

namespace {

// Columns of the compiled file, in order.
enum Column : std::size_t {
    kId,
    kName,
    kCountry,
    kKind,
    kDescriptionEn,
    kDescriptionIt,
    kOffices,
    kLatitude,
    kLongitude,
    kPopulation,
    kParties,
    kSigned,
    kInForce,
    kStatus,
    kColumnCount
};

void keepFirst(std::string& kept, std::string& offered) {
    if (kept.empty()) {
        kept = std::move(offered);
    }
}

std::string joinParties(const std::vector<std::string>& parties) {
    std::string text;
    for (const std::string& party : parties) {
        text += (text.empty() ? "" : "|") + party;
    }
    return text;
}

std::string formatCoordinate(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    return buffer;
}

std::string compiledLine(const EntityFacts& f) {
    const std::string lat = f.location ? formatCoordinate(f.location->latitude) : "";
    const std::string lon = f.location ? formatCoordinate(f.location->longitude) : "";
    const std::string population = f.population > 0 ? std::to_string(f.population) : "";
    std::string line;
    for (const std::string* field : {&f.id, &f.name, &f.country, &f.kind, &f.descriptionEn, &f.descriptionIt}) {
        line += *field + '\t';
    }
    line += kb::formatOffices(f.offices) + '\t' + lat + '\t' + lon + '\t' + population + '\t' + joinParties(f.parties);
    return line + '\t' + f.signedOn + '\t' + f.inForceFrom + '\t' + f.status;
}

EntityFacts parseCompiledLine(std::vector<std::string> f) {
    EntityFacts facts;
    facts.id = std::move(f[kId]);
    facts.name = std::move(f[kName]);
    facts.country = std::move(f[kCountry]);
    facts.kind = std::move(f[kKind]);
    facts.descriptionEn = std::move(f[kDescriptionEn]);
    facts.descriptionIt = std::move(f[kDescriptionIt]);
    facts.offices = kb::parseOffices(f[kOffices]);
    if (!f[kLatitude].empty() && !f[kLongitude].empty()) {
        facts.location =
            GeoPoint{std::strtod(f[kLongitude].c_str(), nullptr), std::strtod(f[kLatitude].c_str(), nullptr)};
    }
    facts.population = std::strtoull(f[kPopulation].c_str(), nullptr, 10);
    for (std::string& party : kb::splitFields(f[kParties], '|')) {
        if (!party.empty()) {
            facts.parties.push_back(std::move(party));
        }
    }
    facts.signedOn = std::move(f[kSigned]);
    facts.inForceFrom = std::move(f[kInForce]);
    facts.status = std::move(f[kStatus]);
    return facts;
}

// One read into a sized buffer: the file is a few megabytes and read at every start.
std::string readWhole(std::ifstream& in) {
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0));
    in.seekg(0, std::ios::beg);
    std::string text(size, '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text;
}

std::size_t tabCount(std::string_view line) {
    std::size_t count = 0;
    for (std::size_t at = line.find('\t'); at != std::string_view::npos; at = line.find('\t', at + 1)) {
        ++count;
    }
    return count;
}

} // namespace

void FactsBook::merge(EntityFacts facts) {
    auto [it, inserted] = m_facts.try_emplace(facts.id, facts);
    if (inserted) {
        return;
    }
    // A later source completes what an earlier one left empty: places.tsv names a city, cities.tsv places it.
    EntityFacts& kept = it->second;
    for (auto field :
         {&EntityFacts::name, &EntityFacts::country, &EntityFacts::kind, &EntityFacts::descriptionEn,
          &EntityFacts::descriptionIt, &EntityFacts::signedOn, &EntityFacts::inForceFrom, &EntityFacts::status}) {
        keepFirst(kept.*field, facts.*field);
    }
    if (kept.offices.empty()) {
        kept.offices = std::move(facts.offices);
    }
    if (kept.parties.empty()) {
        kept.parties = std::move(facts.parties);
    }
    if (!kept.location) {
        kept.location = facts.location;
    }
    if (kept.population == 0) {
        kept.population = facts.population;
    }
}

FactsBook FactsBook::fromSources(const std::filesystem::path& resourceDir) {
    FactsBook book;
    kb::addKnowledgeBase(book, resourceDir / "kb");
    kb::addGazetteers(book, resourceDir / "gazetteers");
    std::error_code error;
    const std::filesystem::path mapFile = WorldMap::fileIn(resourceDir);
    kb::addCountries(book, std::filesystem::exists(mapFile, error) ? WorldMap::load(mapFile) : WorldMap());
    return book;
}

FactsBook FactsBook::loadCompiled(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw StoreError("cannot read the facts file " + file.string());
    }
    FactsBook book;
    auto text = std::make_shared<std::string>(readWhole(in));
    book.m_compiled = text;
    const std::string_view all(*text);
    int lineNumber = 0;
    for (std::size_t start = 0; start < all.size();) {
        const std::size_t end = std::min(all.find('\n', start), all.size());
        const std::string_view line = all.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const std::size_t tab = line.find('\t');
        if (tab == 0 || tab == std::string_view::npos || tabCount(line) != kColumnCount - 1) {
            kb::malformedRecord(file, lineNumber,
                                "expected " + std::to_string(kColumnCount) + " tab-separated columns");
        }
        book.m_lines.emplace(line.substr(0, tab), line);
    }
    return book;
}

FactsBook FactsBook::load(const std::filesystem::path& resourceDir) {
    std::error_code error;
    const std::filesystem::path compiled = resourceDir / kCompiledFileName;
    return std::filesystem::is_regular_file(compiled, error) ? loadCompiled(compiled) : fromSources(resourceDir);
}

std::vector<EntityFacts> FactsBook::all() const {
    std::vector<EntityFacts> facts;
    facts.reserve(size());
    for (const auto& [id, entry] : m_facts) {
        facts.push_back(entry);
    }
    for (const auto& [id, line] : m_lines) {
        facts.push_back(parseCompiledLine(kb::splitFields(line, '\t')));
    }
    // Sorted, so that the same sources always compile to the same bytes.
    std::sort(facts.begin(), facts.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return facts;
}

void FactsBook::save(const std::filesystem::path& file) const {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << "# Annalist entity facts, compiled from resources/kb, resources/gazetteers and resources/maps\n";
    for (const EntityFacts& facts : all()) {
        out << compiledLine(facts) << '\n';
    }
    if (!out.flush()) {
        throw StoreError("cannot write the facts file " + file.string());
    }
}

std::optional<EntityFacts> FactsBook::facts(std::string_view entityId) const {
    if (const auto line = m_lines.find(entityId); line != m_lines.end()) {
        return parseCompiledLine(kb::splitFields(line->second, '\t'));
    }
    const auto it = m_facts.find(std::string(entityId));
    return it == m_facts.end() ? std::nullopt : std::optional<EntityFacts>(it->second);
}

std::string FactsBook::nameOf(std::string_view entityId) const {
    const auto found = facts(entityId);
    return !found || found->name.empty() ? std::string(entityId) : found->name;
}

} // namespace annalist::core
