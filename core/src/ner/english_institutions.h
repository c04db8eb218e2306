// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "University of Oregon | and | Oregon State University", "Intel | and | Taiwan Semiconductor Manufacturing Co.":
/// in English, "and" between the capitalised run [runFirst, runLast) and the name from `next` on parts two names
/// when each side is a whole one: an institution's head with its "of" phrase, a head word last or a company form
/// on the left, or a single brand; a proper word opening a name that ends in a head word or a company form on the
/// right. "Department of Health and Human Services" and "Fire and Rescue Service" stay whole.
[[nodiscard]] bool splitsEnglishNamesAtAnd(const Context& context, std::size_t runFirst, std::size_t runLast,
                                           std::size_t next);

/// English institutions that take in what stands before their head word:
/// - "Arizona | Department of Water Resources", "U.S. | Bureau of Reclamation", "EU | Agency for Cybersecurity": a
///   place, or a short acronym, right before an institution named by its head word and "of" or "for" is part of it;
/// - "Indian | Institute of Science": so is a nationality;
/// - "Queen's | University Belfast": so is a possessive no other name holds.
/// And facilities named like bodies: "Unipol Forum" (a forum of two words, the first a proper name) and
/// "PalaTrento" (an arena in one word after "Pala") are places. `candidates` stay in text order.
void applyEnglishInstitutions(const Context& context, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
