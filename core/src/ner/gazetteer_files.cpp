// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/gazetteer_files.h"

#include "annalist/core/error.h"
#include "kb/tsv_records.h"
#include "ner/icu_names.h"
#include "ner/word_list.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace annalist::core::ner {

namespace {

std::vector<std::string> splitOn(const std::string& line, char separator) {
    std::vector<std::string> fields;
    std::size_t from = 0;
    while (true) {
        const std::size_t at = line.find(separator, from);
        fields.push_back(line.substr(from, at == std::string::npos ? std::string::npos : at - from));
        if (at == std::string::npos) {
            return fields;
        }
        from = at + 1;
    }
}

bool isSkippable(const std::string& line) {
    return line.empty() || line.front() == '#';
}

/// Calls `handle(fields, lineNumber)` for every line of a tab-separated file that is not blank or a comment.
/// A missing file has no lines.
template <typename Handler> void forEachRecord(const std::filesystem::path& file, Handler handle) {
    std::ifstream in(file);
    std::string line;
    int lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (!isSkippable(line)) {
            handle(splitOn(line, '\t'), lineNumber);
        }
    }
}

[[noreturn]] void malformed(const std::filesystem::path& file, int lineNumber, const std::string& why) {
    throw StoreError(file.string() + ":" + std::to_string(lineNumber) + ": " + why);
}

/// The language a lexicon file is written for: "it" for it.txt and common-it.txt; empty when the name says none.
std::string lexiconLanguage(const std::filesystem::path& file) {
    const std::string stem = file.stem().string();
    const std::size_t dash = stem.rfind('-');
    const std::string code = dash == std::string::npos ? stem : stem.substr(dash + 1);
    return listLanguageIndex(code) && code.size() == 2 ? code : std::string();
}

void loadLexiconFile(Gazetteer& gazetteer, const std::filesystem::path& file) {
    const std::string language = lexiconLanguage(file);
    std::ifstream in(file);
    std::string line;
    std::string list;
    int lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        line = line.substr(0, line.find('#'));
        if (!line.empty() && line.front() == '[') {
            const std::size_t close = line.find(']');
            if (close == std::string::npos) {
                malformed(file, lineNumber, "unclosed list name");
            }
            list = line.substr(1, close - 1);
            continue;
        }
        std::istringstream words(line);
        for (std::string word; words >> word;) {
            if (list.empty()) {
                malformed(file, lineNumber, "word outside a [list]");
            }
            // Multi-word entries are written with underscores so that a line can hold several.
            for (char& c : word) {
                c = c == '_' ? ' ' : c;
            }
            gazetteer.addWord(list, word);
            // A function word or a common word also records its language, so that a text in another language may
            // read it as a name; a file of no language in particular (acronyms.txt) gives its words to them all.
            if (list == "stopword" || list == "determiner" || list == "common") {
                for (const std::string_view code : kListLanguages) {
                    if (language.empty() || language == code) {
                        gazetteer.addWord(list + "-" + std::string(code), word);
                    }
                }
            }
        }
    }
}

/// Where the knowledge-base formats keep the fields the gazetteer needs (see resources/kb/README.md).
struct KbFormat {
    EntityType type;
    std::size_t columns;
    std::size_t countryColumn; ///< npos when the format has none
    std::size_t descriptionColumn;
    std::size_t kindColumn = std::string::npos;
    std::size_t dateColumn = std::string::npos;
    std::size_t partiesColumn = std::string::npos;
};

std::string fieldOrEmpty(const std::vector<std::string>& fields, std::size_t column) {
    return column == std::string::npos ? std::string() : fields[column];
}

/// A known person is often named by surname alone ("Berlusconi"): the last word of each full name becomes a
/// partial name of the person, which the recogniser trusts less and links only when no other person shares it.
void addSurnames(Gazetteer& gazetteer, GazetteerEntry entry, const std::vector<std::string>& fields) {
    entry.partial = true;
    std::vector<std::string> names = splitOn(fields[3], '|');
    names.push_back(fields[2]);
    for (const std::string& name : names) {
        const std::size_t space = name.find_last_of(' ');
        // "Carlo III": a regnal numeral is no surname.
        const bool numeral =
            space != std::string::npos && name.find_first_not_of("IVX", space + 1) == std::string::npos;
        if (space != std::string::npos && space + 1 < name.size() && !numeral &&
            !std::islower(static_cast<unsigned char>(name[space + 1]))) {
            gazetteer.addName(name.substr(space + 1), entry);
        }
    }
}

GazetteerEntry kbEntry(const std::vector<std::string>& fields, const KbFormat& format) {
    GazetteerEntry entry;
    entry.type = format.type;
    entry.key = fields[0];
    entry.canonicalName = fields[2];
    entry.description = fields[format.descriptionColumn];
    entry.origin = Origin::KnowledgeBase;
    entry.country = fieldOrEmpty(fields, format.countryColumn);
    entry.kind = fieldOrEmpty(fields, format.kindColumn);
    entry.date = fieldOrEmpty(fields, format.dateColumn);
    entry.parties = fieldOrEmpty(fields, format.partiesColumn);
    return entry;
}

void loadKbFile(Gazetteer& gazetteer, const std::filesystem::path& file, const KbFormat& format) {
    forEachRecord(file, [&](const std::vector<std::string>& fields, int lineNumber) {
        if (fields.size() != format.columns || fields[0].empty() || fields[2].empty()) {
            malformed(file, lineNumber, "expected " + std::to_string(format.columns) + " tab-separated columns");
        }
        const GazetteerEntry entry = kbEntry(fields, format);
        gazetteer.addName(fields[2], entry);
        if (format.type == EntityType::Person) {
            addSurnames(gazetteer, entry, fields);
        }
        for (const std::string& alias : splitOn(fields[3], '|')) {
            // A lowercase alias ("partenariato strategico globale con il Vietnam") is a description, not a
            // name: matched as it stands it would swallow prepositions. Rules find such references instead.
            if (!alias.empty() && !std::islower(static_cast<unsigned char>(alias.front()))) {
                gazetteer.addName(alias, entry);
            }
        }
    });
}

} // namespace

namespace {} // namespace

void loadKnowledgeBase(Gazetteer& gazetteer, const std::filesystem::path& folder) {
    for (const auto& file : kb::tsvFilesStartingWith(folder, "people")) {
        loadKbFile(gazetteer, file, {EntityType::Person, 8, 4, 7});
    }
    for (const auto& file : kb::tsvFilesStartingWith(folder, "organizations")) {
        loadKbFile(gazetteer, file, {EntityType::Organization, 8, 4, 7, 5});
    }
    for (const auto& file : kb::tsvFilesStartingWith(folder, "treaties")) {
        loadKbFile(gazetteer, file, {EntityType::Treaty, 11, std::string::npos, 10, 8, 5, 4});
    }
}

void loadLexicons(Gazetteer& gazetteer, const std::filesystem::path& folder) {
    std::error_code error;
    for (const auto& item : std::filesystem::directory_iterator(folder, error)) {
        if (item.path().extension() == ".txt") {
            loadLexiconFile(gazetteer, item.path());
        }
    }
}

void loadNameTable(Gazetteer& gazetteer, const std::filesystem::path& file) {
    forEachRecord(file, [&](const std::vector<std::string>& fields, int lineNumber) {
        const auto type = fields.size() >= 4 ? parseEntityType(fields[1]) : std::nullopt;
        if (!type) {
            malformed(file, lineNumber, "expected key, type, name, aliases[, description]");
        }
        const GazetteerEntry entry =
            GazetteerEntry::of(*type, fields[2], fields[0], fields.size() > 4 ? fields[4] : "", Origin::KnowledgeBase);
        gazetteer.addName(fields[2], entry);
        for (const std::string& alias : splitOn(fields[3], '|')) {
            gazetteer.addName(alias, entry);
        }
    });
}

void loadCities(Gazetteer& gazetteer, const std::filesystem::path& file) {
    forEachRecord(file, [&](const std::vector<std::string>& fields, int lineNumber) {
        if (fields.size() < 6) {
            malformed(file, lineNumber, "expected geonameid, name, country, population, latitude, longitude");
        }
        GazetteerEntry entry =
            GazetteerEntry::of(EntityType::Place, fields[1], cityKey(fields[2], fields[1]), "city", Origin::Gazetteer);
        entry.country = fields[2];
        entry.population = static_cast<std::uint32_t>(std::strtoul(fields[3].c_str(), nullptr, 10));
        entry.latitude = std::strtod(fields[4].c_str(), nullptr);
        entry.longitude = std::strtod(fields[5].c_str(), nullptr);
        gazetteer.addName(fields[1], entry);
    });
}

void loadWordFile(Gazetteer& gazetteer, const std::filesystem::path& file, std::string_view list) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (!isSkippable(line)) {
            gazetteer.addWord(list, line);
        }
    }
}

} // namespace annalist::core::ner
