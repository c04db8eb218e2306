// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// English news says what an unknown name is by the words around it; a name typed a person by default only (no
/// given name, title, speech verb or person named so earlier) takes the kind those words say:
/// - an organisation: "a unit of X", "developers such as X and Y", "the opposition X coalition", "X Sdn Bhd",
///   "X Berhad", "X Ltd";
/// - a place: "around X", "the towns of X and Y", "flown home to X", "fled to X", "the X district", "X state".
/// A place typed so may also be a default organisation ("flown home to X"). Names a list knows stay as they are.
/// A body's acronym before a nation or region joins it: "NHS England", "BBC Scotland"; so does a place before "and"
/// and a body: "Devon and Cornwall Police". A county or town before a player's role or a side's deed is its club:
/// "the Surrey wicketkeeper", "Lancashire won the toss". A possessive before a capitalised head word is inside one
/// name: "the King's Fund", "St Thomas' Hospital".
void applyEnglishNameCues(const Context& context, std::vector<Candidate>& candidates);

/// "Tilverton", "Ashcombe", "Marbridge": in English text, a single word no list knows that ends like an English
/// town (-ton, -ford, -ham, -wich, -combe, -bridge, -bury, -borough, -minster, -mouth, -chester) more often names a
/// town than a person.
[[nodiscard]] bool hasEnglishTownEnding(const Context& context, std::size_t token);

} // namespace annalist::core::ner
