// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <optional>
#include <vector>

namespace annalist::core::ner {

/// "Greater Manchester", "Greater London": a known place after a capitalised "Greater" names the wider area;
/// the place's span takes the word in.
void extendGreaterPlaces(const Context& context, std::vector<Candidate>& known);

/// "Artemis Accords", "Goodison Park", "Federal Aviation Administration": a name of two words or more that ends
/// in a treaty's, a place's or an organisation's head word is one, as English puts the head last; nullopt
/// otherwise.
[[nodiscard]] std::optional<Candidate> typeByFinalHead(const Context& context, std::size_t first, std::size_t last);

/// "Age UK", "Sport England", "Reform UK": in English, ordinary capitalised words before the country or nation
/// that ends the name [first, last) make the name of a body there; `known` is the country.
[[nodiscard]] bool namesBodyAfterCountry(const Context& context, std::size_t first, std::size_t last,
                                         const Candidate& known);

/// "in Wythenshawe", "in nearby Ordsall": in English, an unknown single name right after "in" (or "near",
/// "nearby") is a place even when some list has it as a surname; "in Smith's view" is not.
[[nodiscard]] bool isEnglishPlaceAfterPreposition(const Context& context, std::size_t token);

/// "Old Trafford", "Little Venice": in English, a place adjective and one unknown name make a place.
[[nodiscard]] bool isNamedWithPlaceAdjective(const Context& context, std::size_t first, std::size_t last);

/// "Dr Fauci", "Mrs Brown", "Mr Bean": a single capitalised word right after an honorific is a person's name even
/// when it is also an ordinary word.
[[nodiscard]] bool followsHonorific(const Context& context, std::size_t token);

} // namespace annalist::core::ner
