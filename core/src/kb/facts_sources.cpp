// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kb/facts_sources.h"

#include "annalist/core/text/unicode.h"
#include "kb/tsv_records.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>

namespace annalist::core::kb {

namespace {

EntityFacts named(std::string id, std::string name, std::string country) {
    EntityFacts facts;
    facts.id = std::move(id);
    facts.name = std::move(name);
    facts.country = std::move(country);
    return facts;
}

void requireColumns(const std::filesystem::path& file, int line, const std::vector<std::string>& fields,
                    std::size_t columns) {
    if (fields.size() != columns || fields[0].empty()) {
        malformedRecord(file, line, "expected " + std::to_string(columns) + " tab-separated columns");
    }
}

void addPeople(FactsBook& book, const std::filesystem::path& file) {
    forEachTsvRecord(file, [&](const std::vector<std::string>& f, int line) {
        requireColumns(file, line, f, 8);
        EntityFacts facts = named(f[0], f[2], f[4]);
        facts.descriptionEn = f[7];
        facts.descriptionIt = f[6];
        facts.offices = parseOffices(f[5]);
        book.merge(std::move(facts));
    });
}

void addOrganizations(FactsBook& book, const std::filesystem::path& file) {
    forEachTsvRecord(file, [&](const std::vector<std::string>& f, int line) {
        requireColumns(file, line, f, 8);
        EntityFacts facts = named(f[0], f[2], f[4]);
        facts.kind = f[5];
        facts.descriptionEn = f[7];
        facts.descriptionIt = f[6];
        book.merge(std::move(facts));
    });
}

void addTreaties(FactsBook& book, const std::filesystem::path& file) {
    forEachTsvRecord(file, [&](const std::vector<std::string>& f, int line) {
        requireColumns(file, line, f, 11);
        EntityFacts facts = named(f[0], f[2], {});
        facts.kind = f[8];
        facts.descriptionEn = f[10];
        facts.descriptionIt = f[9];
        for (std::string& party : splitFields(f[4], '|')) {
            if (!party.empty()) {
                facts.parties.push_back(std::move(party));
            }
        }
        facts.signedOn = f[5];
        facts.inForceFrom = f[6];
        facts.status = f[7];
        book.merge(std::move(facts));
    });
}

// `city:VN:hanoi` and `country:VN` lie in VN; `region:VN-HN` too.
std::string countryOfPlaceKey(std::string_view key) {
    for (std::string_view prefix :
         {std::string_view("city:"), std::string_view("country:"), std::string_view("region:")}) {
        if (key.rfind(prefix, 0) == 0 && key.size() >= prefix.size() + 2) {
            return std::string(key.substr(prefix.size(), 2));
        }
    }
    return {};
}

void addNameTable(FactsBook& book, const std::filesystem::path& file) {
    forEachTsvRecord(file, [&](const std::vector<std::string>& f, int line) {
        if (f.size() < 4 || f[0].empty()) {
            malformedRecord(file, line, "expected key, type, name, aliases[, description]");
        }
        EntityFacts facts = named(f[0], f[2], countryOfPlaceKey(f[0]));
        facts.descriptionEn = f.size() > 4 ? f[4] : std::string();
        book.merge(std::move(facts));
    });
}

void addCities(FactsBook& book, const std::filesystem::path& file) {
    forEachTsvRecord(file, [&](const std::vector<std::string>& f, int line) {
        if (f.size() < 6) {
            malformedRecord(file, line, "expected geonameid, name, country, population, latitude, longitude");
        }
        // The same key as the recogniser's cities; the file lists larger cities first, and the first one wins.
        EntityFacts facts = named("city:" + f[2] + ":" + foldForMatching(f[1]), f[1], f[2]);
        facts.location = GeoPoint{std::strtod(f[5].c_str(), nullptr), std::strtod(f[4].c_str(), nullptr)};
        facts.population = std::strtoull(f[3].c_str(), nullptr, 10);
        book.merge(std::move(facts));
    });
}

std::string englishCountryName(const char* code) {
    icu::UnicodeString name;
    icu::Locale("", code).getDisplayCountry(icu::Locale::getEnglish(), name);
    std::string utf8;
    name.toUTF8String(utf8);
    return utf8 == code ? std::string() : utf8;
}

} // namespace

std::vector<Office> parseOffices(std::string_view text) {
    std::vector<Office> offices;
    for (const std::string& item : splitFields(text, ';')) {
        const std::vector<std::string> parts = splitFields(item, '|');
        if (!parts[0].empty()) {
            offices.push_back({parts[0], parts.size() > 1 ? parts[1] : "", parts.size() > 2 ? parts[2] : ""});
        }
    }
    return offices;
}

std::string formatOffices(const std::vector<Office>& offices) {
    std::string text;
    for (const Office& office : offices) {
        text += (text.empty() ? "" : ";") + office.title + "|" + office.start + "|" + office.end;
    }
    return text;
}

void addKnowledgeBase(FactsBook& book, const std::filesystem::path& folder) {
    for (const auto& file : tsvFilesStartingWith(folder, "people")) {
        addPeople(book, file);
    }
    for (const auto& file : tsvFilesStartingWith(folder, "organizations")) {
        addOrganizations(book, file);
    }
    for (const auto& file : tsvFilesStartingWith(folder, "treaties")) {
        addTreaties(book, file);
    }
}

void addGazetteers(FactsBook& book, const std::filesystem::path& folder) {
    for (const char* table : {"places.tsv", "places-world.tsv", "regions.tsv"}) {
        addNameTable(book, folder / table);
    }
    addCities(book, folder / "cities.tsv");
}

void addCountries(FactsBook& book, const WorldMap& map) {
    for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
        EntityFacts facts = named(std::string("country:") + *code, englishCountryName(*code), *code);
        facts.location = map.representativePoint(*code);
        book.merge(std::move(facts));
    }
}

} // namespace annalist::core::kb
