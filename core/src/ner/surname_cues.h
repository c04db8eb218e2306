// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>

// Evidence that an unlisted word is a person's surname: its ending, or the agent slot of a passive.
namespace annalist::core::ner {

/// "Petrović", "Kowalski", "Shevchenko", "Papadopoulos", "Karlsson": an unlisted word with an ending that marks a
/// family name of Slavic, Baltic, Georgian, Romanian, Turkish, Greek or Nordic origin, and no place or common word.
[[nodiscard]] bool hasSurnameEnding(const Context& context, std::size_t token);

/// "West" in "Shelby West": a direction written with a capital that is also a listed family name.
[[nodiscard]] bool isSurnameDirection(const Context& context, std::size_t token);

/// "il sindaco di Roma, Rossi,", "the chairman of Acme, Smith,": a title and a preposition stand right before the name
/// at `first`, so that a name after it and a comma holds the title rather than continuing a list.
[[nodiscard]] bool followsTitleOf(const Context& context, std::size_t first);

/// "Mancuso, già presidente del Senato,", "Rossi, ex ministro", "Smith, former minister": a word followed by a comma
/// and a title, perhaps after "già", "ex" or "former", names the title's holder, even when it is also an ordinary
/// word.
[[nodiscard]] bool hasTitleApposition(const Context& context, std::size_t first);

/// "Saint-Étienne", "Sainte-Maxime", "Sankt-Peterburg": one word that joins a saint's prefix to a name by a hyphen
/// names a town, the way French and German write them; people named after a saint write the prefix apart.
[[nodiscard]] bool isHyphenatedSaintPlace(const Context& context, std::size_t token);

/// "Ricotta è stato trasportato", "tra gli azionisti Profumo aveva lanciato": in Italian a common noun needs an
/// article to be a subject, so a capitalised word with no article before it, followed by a singular auxiliary and a
/// participle or a speech verb, is a surname even when it is also an ordinary word.
[[nodiscard]] bool isBareSubjectOfPerfect(const Context& context, std::size_t first);

} // namespace annalist::core::ner
