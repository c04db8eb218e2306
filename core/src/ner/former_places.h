// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "l'ex-Jugoslavia", "nella ex-Birmania": a known place glued to "ex-" is the former state, a place too. The word
/// opens in lowercase, so the name finder never sees it.
void addFormerPlaces(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
