// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// Italian firms, banks, publishers and newspapers whose names look like people or places:
/// - "il caseificio Di Pietro", "lo studio legale Bonelli", "la casa editrice Einaudi", "edito da Sellerio": a name
///   after a lowercase business noun, or a publisher's cue, is a firm (a full name after "l'editore" or
///   "pubblicato da" stays a person);
/// - "il Credito Emiliano Lombardo", "la Cassa di Risparmio di Asti": a bank's head word opens one organisation that
///   takes in the names after it;
/// - "secondo Il Tirreno", "lo scrive La Nazione", "il quotidiano Il Centro": a capitalised article inside a sentence
///   after a source cue opens a newspaper's name, article included;
/// - "Rai Cinema", "Sky Sport": a company's channel or division word after its name belongs to the name;
/// - "il sindaco di Monteverde", "l'assessore comunale di Aviano": the name after a town's office is the town;
/// - "il consiglio di amministrazione": a company's board is no institution of the story, nor is "il consiglio" in a
///   text that speaks of one.
/// `candidates` stay in text order. Texts in other languages than Italian are left alone.
void applyItalianBusinessContext(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
