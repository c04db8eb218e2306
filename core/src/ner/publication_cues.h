// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "pubblicato su Nature", "pubblicata su Repubblica", "published in Nature Medicine", "published in the Lancet": the
/// capitalised name a study or an article is published in is a journal or a newspaper, an organisation, even when
/// it is an ordinary word ("Science"). Known places and people, months, languages and the web stay what they are
/// ("published in London", "published in March", "published in English", "pubblicato su Internet").
/// `candidates` stay in text order.
void applyPublicationCues(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
