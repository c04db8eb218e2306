// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// A saint's name read as the town named after the saint is the saint, a person:
/// - "san Francesco", "santa Chiara": Italian writes a saint's title in lowercase, a town's with a capital;
/// - "la festa di San Giorgio", "una chiesa dedicata a San Rocco", "the feast of St Patrick": a feast or a
///   dedication names the saint.
void applySaintContext(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
