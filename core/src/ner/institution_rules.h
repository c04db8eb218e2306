// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "il governo", "la polizia tedesca": an institution named by a lowercase noun after an article, with the
/// nationality or institutional adjectives that follow it. Not when a name follows ("il governo Draghi"),
/// which names the institution by the name instead.
[[nodiscard]] std::vector<Candidate> findInstitutionNouns(const Context& context);

/// "provincia di Ascoli Piceno", "isola di Honshū": a lowercase administrative noun with "di" before a place is
/// part of that area's name; the place candidate in `names` grows to take it in.
void absorbAdministrativeNouns(const Context& context, std::vector<Candidate>& names);

/// "università di Nottingham", "politecnico di Torino": a lowercase university noun with "di" before a place names
/// the university; the place candidate in `names` grows to take it in and becomes an organisation.
void absorbUniversityNouns(const Context& context, std::vector<Candidate>& names);

} // namespace annalist::core::ner
