// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "un Boeing 737", "una Fiat 500", "the Boeing 787": a maker's name right before a model's number names the
/// product, which is no entity, not the company. The maker is a company the knowledge base knows, or a name typed an
/// organisation only by default. Years ("Fiat 2024") and amounts ("Eni 500 milioni") are no models. A code of
/// letters and digits leaves the maker as it is ("una Audi A3" names Audi, as the organisation tests want).
void dropProductModels(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
