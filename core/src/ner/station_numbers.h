// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "Rtl 102.5", "Radio 105", "BBC Radio 4", "Rai Radio 2", "Channel 5": a radio or television station named by a
/// station word and its frequency or channel number is one organisation, number included. A station word alone
/// before a number ("a Radio 105") opens one; a name already ending in a station word takes the number; "Channel"
/// before a number is the station, not the sea. A number that counts something ("Radio 3 volte", "ore") stays out.
/// `candidates` stay in text order.
void applyStationNumbers(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
