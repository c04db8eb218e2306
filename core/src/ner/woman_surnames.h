// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>

namespace annalist::core::ner {

/// "la Minetti", "della Bernardini", "alla Conti": Italian news names a woman by her surname after the feminine
/// article. An Italian feminine noun in the singular ends in -a or -e, and the few in -i ("crisi", "tesi") are
/// ordinary words, so an unlisted word in -i after a feminine singular article, or a listed surname that is
/// otherwise a masculine plural ("Conti", "Cherubini"), is a woman's surname rather than a company's name.
[[nodiscard]] bool isWomanSurnameAfterArticle(const Context& context, std::size_t token);

} // namespace annalist::core::ner
