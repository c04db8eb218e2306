// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// English business news names companies by what it says around them. Strong cues make a name an organisation even
/// when a list has it as a town or a given name ("shares of Nokia", "analysts at Morgan Stanley"):
/// - a trade noun before it: "smartphone maker X", "research firm X", "wireless carrier X", "tech giant X";
/// - "shares of X", "a stake in X", "analysts at X", "an economist at X";
/// - "X's chief executive", "X's shares", "X shares fell", "X stock";
/// - "X (NYSE: ABC)", whose ticker is no name of its own;
/// - "X, the Espoo-based company".
/// Weak cues ("a spokesperson for X", "X said in a statement") retype only a single unknown word that no list knows
/// as a person's name and that is no surname of a person the text names in full. Known people and countries stay.
void applyEnglishCompanyCues(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
