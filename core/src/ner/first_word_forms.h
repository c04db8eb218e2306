// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "la Valtessa Meccanica ... Valtessa ha perso il 12 per cento": a lone word typed only by default that repeats the
/// first word of one organisation the text names in full is that organisation's short form, as Italian news calls a
/// firm by its first word. Head words ("Banca"), articles, first names and known places open no short form.
void applyOrganisationFirstWords(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
