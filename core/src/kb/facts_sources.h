// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/kb/entity_facts.h"

#include <filesystem>
#include <string_view>
#include <vector>

namespace annalist::core::kb {

/// Parses offices written `Title|start|end;Title|start|end` (resources/kb/README.md).
[[nodiscard]] std::vector<Office> parseOffices(std::string_view text);

/// Writes offices back in the form parseOffices() reads.
[[nodiscard]] std::string formatOffices(const std::vector<Office>& offices);

/// Adds the people, organisations and treaties of a knowledge-base folder (resources/kb).
void addKnowledgeBase(FactsBook& book, const std::filesystem::path& folder);

/// Adds the places of a gazetteer folder: name tables, regions and cities with their coordinates.
void addGazetteers(FactsBook& book, const std::filesystem::path& folder);

/// Adds every country: its English name and the representative point of its outline on the map.
void addCountries(FactsBook& book, const WorldMap& map);

} // namespace annalist::core::kb
