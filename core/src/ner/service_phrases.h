// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// "i vigili del fuoco", "la squadra mobile", "la guardia di finanza", "la protezione civile": Italian public
/// services named by fixed lowercase phrases are organisations wherever they stand, article or not.
[[nodiscard]] std::vector<Candidate> findServicePhrases(const Context& context);

} // namespace annalist::core::ner
