// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/gazetteer.h"

#include <filesystem>

namespace annalist::core::ner {

/// Loads every `<lang>.txt` word-list file of a folder. Lists are `[name]` sections of words, one or
/// more per line; `#` starts a comment. A word list named `x` in file `it.txt` is stored as `x` (shared by
/// all languages) so that a word of one language is known in text of another.
void loadLexicons(Gazetteer& gazetteer, const std::filesystem::path& folder);

/// Loads the curated knowledge base of a folder: people*.tsv, organizations*.tsv and treaties*.tsv in the formats
/// of resources/kb/README.md. Missing files are skipped; a malformed line throws StoreError naming file and line.
void loadKnowledgeBase(Gazetteer& gazetteer, const std::filesystem::path& folder);

/// Loads a name table: `key<TAB>type<TAB>canonical name<TAB>alias|alias…<TAB>description`.
/// A missing file is skipped; a malformed line throws StoreError naming file and line.
void loadNameTable(Gazetteer& gazetteer, const std::filesystem::path& file);

/// Loads generated cities: `geonameid<TAB>name<TAB>country<TAB>population<TAB>latitude<TAB>longitude`.
void loadCities(Gazetteer& gazetteer, const std::filesystem::path& file);

/// Loads a list of single words, one per line, into a word list (first names, surnames).
void loadWordFile(Gazetteer& gazetteer, const std::filesystem::path& file, std::string_view list);

} // namespace annalist::core::ner
