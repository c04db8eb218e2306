// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>

namespace annalist::core::ner {

/// "Bettin Costruzioni Srl | di Piove di Sacco": a company's legal form closes its name.
[[nodiscard]] bool endsWithLegalForm(const Context& context, std::size_t first, std::size_t last);

/// "Goldman Sachs | and | Deutsche Bank", "Alaska Airlines | and | United Airlines": a name of two words or more that
/// ends in a proper noun or a head word is whole before "and", and the head word further on closes another name;
/// "Greater Manchester Fire and Rescue Service" joins an ordinary noun to the head.
[[nodiscard]] bool isWholeBeforeAnd(const Context& context, std::size_t first, std::size_t last);

/// "Nilay Patel | of The Verge", "Anna Bianchi | della Lega": a person named by first name and surname does not run on
/// through a lowercase connector into another name. One word before the connector may still open a longer name
/// ("Catherine of Aragon"), and a head word may open one ("Bank of Italy").
[[nodiscard]] bool leavesFullNameAtConnector(const Context& context, std::size_t runFirst, std::size_t i);

/// Index after what joins the run ending before `from` to the next name word, or `from` when nothing joins it.
/// Inside an institution's name ("Istituto di Geofisica e Vulcanologia") or before the head word that closes it
/// ("Fire and Rescue Service") also "and", "per" and articles join.
[[nodiscard]] std::size_t afterJoiners(const Context& context, std::size_t runFirst, std::size_t runLast,
                                       std::size_t from);

/// "Ministero degli Esteri | e alla | Banca d’Italia": after "e" or "per", a new head word starts another name; so it
/// does after "al", "alla" ("Regione Lazio | al | Comune di Roma"), which say where something goes, not whose it is.
[[nodiscard]] bool startsAnotherInstitution(const Context& context, std::size_t from, std::size_t next);

} // namespace annalist::core::ner
