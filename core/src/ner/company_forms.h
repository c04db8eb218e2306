// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "Halvorsen Technologies ... Halvorsen said", "Exeter Chiefs ... Exeter have lost": English names a company or a
/// club short by its first word. A lone word that is the first word of one organisation the text names in full is
/// that organisation, even when some list has it as a surname or a town; a town stays a place after "in", "at" or
/// "from", and a word that is also a person's surname in the text, or a country or region, is left alone.
void addLeadingShortForms(const Context& context, std::vector<Candidate>& candidates);

/// English companies, broadcasters and clubs by the shape of their names:
/// - "VMware", "JPMorgan": a single unknown name with a capital inside it (other than after Mc, Mac, De, Di, La,
///   Le, O’) is a brand, an organisation, not a person;
/// - "Infineon rose 5%": a name, or an unknown word opening the sentence, that rises or falls by a number is a
///   company;
/// - "General Motors Co": a capitalised title before a company's name that ends in Co, Inc, Corp or Ltd belongs to
///   the name;
/// - "Shares of Quantrix Semiconductor": an ordinary word and "of" opening the sentence are no part of the name;
/// - "BBC Radio Manchester", "BBC Breakfast": a broadcaster's station or programme takes in the medium and town;
/// - "Bath remain top", "Exeter have lost": a town with a plural verb is its club, and so is every lone mention of
///   the town in the text other than after a place preposition ("in Bath").
void applyCompanyShapes(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
