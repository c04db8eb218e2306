// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// Names that look like organisations and name something else:
/// - a competition under the English word for a cup or a trophy, in any language ("la Currie Cup", "due Davis
///   Cup", "the Stanley Cup"), or a motorcycling championship ("la MotoGP", "il Motomondiale"), is an event; a known
///   name right before the head joins it ("Fed Cup" is no Federal Reserve);
/// - a name typed an organisation only by default that is a scripture or a faith ("il Corano", "la Genesi",
///   "il Cattolicesimo"), a geological period ("il Giurassico") or a species of early humans ("l'Homo Habilis",
///   "l'Australopiteco") is no entity;
/// - a name of several words typed only by its shape that a word for an instrument ends ("il Large Hadron Collider",
///   "the Giant Magellan Telescope", "il Mars Rover") names a product at most, no entity.
/// Names the gazetteer or the knowledge base knows in full keep their type.
void applyOtherNameKinds(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
