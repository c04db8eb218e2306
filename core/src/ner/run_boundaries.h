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

} // namespace annalist::core::ner
