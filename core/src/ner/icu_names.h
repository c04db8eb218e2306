// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/gazetteer.h"

#include <string>
#include <vector>

namespace annalist::core::ner {

/// Adds the names of every ISO 3166 country and of the world's regions (continents, Europe, Asia…)
/// in each language, as ICU's locale data spells them. Keys are "country:CC" / "region:NNN".
void addIcuCountryNames(Gazetteer& gazetteer, const std::vector<std::string>& languages);

/// Adds the exemplar city of every canonical time zone in each language ("Mosca", "Pechino").
/// Keys are "city:CC:<folded English name>", shared with the generated city list.
void addIcuCityNames(Gazetteer& gazetteer, const std::vector<std::string>& languages);

/// Key of a city, shared by ICU exemplar cities and the generated GeoNames list.
[[nodiscard]] std::string cityKey(const std::string& countryCode, const std::string& englishName);

} // namespace annalist::core::ner
