// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

namespace annalist::core::ner {

/// "Parlamento macedone", "Tribunale speciale", "Corte suprema di cassazione": an organisation named by its head
/// word takes the lowercase nationality or institutional adjectives after it and, outside English, the lowercase
/// description that follows them. Leaves other names as they are.
void extendInstitution(const Context& context, Candidate& name);

} // namespace annalist::core::ner
