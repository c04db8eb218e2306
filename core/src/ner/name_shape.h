// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace annalist::core::ner {

/// "YouTube", "OpenLeaks": a capital inside a word, past its first syllable, marks a brand or a product;
/// surname prefixes ("McCain", "MacArthur", "DiCaprio", "LeBron") do not count.
[[nodiscard]] bool hasBrandCapitals(std::string_view word);

/// "Scambioetico.org", "teopol.it": a word ending in a dot and a short lowercase domain suffix.
[[nodiscard]] bool looksLikeDomainName(std::string_view word);

/// "Mps", "Pdl", "Asl": three letters, a capital and two consonants, an acronym written as a word.
[[nodiscard]] bool looksLikeWordCaseAcronym(std::string_view word);

} // namespace annalist::core::ner
