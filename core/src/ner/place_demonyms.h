// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <string>
#include <string_view>
#include <vector>

namespace annalist::core::ner {

/// "Tasmanians", "Kentuckians", "Queenslanders", "Albertan": in English, a capitalised word that is a known place's
/// name with a demonym's ending names its people, no entity. The demonym lists hold the countries' and the main
/// cities' demonyms; this reads the rest from the gazetteer. Only a single word that nothing else named is dropped.
void dropPlaceDemonyms(const Context& context, std::vector<Candidate>& candidates);

/// The place names a folded word could be a demonym of ("tasmanians" → "tasmania", "kentuckians" → "kentucky"),
/// most likely first; empty when the word has no demonym's ending.
[[nodiscard]] std::vector<std::string> demonymStems(std::string_view folded);

} // namespace annalist::core::ner
