// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <optional>
#include <string_view>
#include <vector>

namespace annalist::core::ner {

/// True when the one-word name `folded` is a known place.
[[nodiscard]] bool isKnownPlaceWord(const Context& context, std::string_view folded);

/// "Roma-Viterbo", "Alghero-Fertilia": a hyphenated word that joins known places names a line, a route or a merged
/// town, a place.
[[nodiscard]] bool joinsKnownPlaces(const Context& context, std::size_t token);

/// "a Milano", "in London": a known one-word place right after a preposition of place.
[[nodiscard]] bool isKnownPlaceAfterPreposition(const Context& context, std::size_t token);

/// "Pompei ed Ercolano", "Trapani, Marsala": a word joined by a comma or a conjunction to a known one-word place.
[[nodiscard]] bool isCoordinatedWithKnownPlace(const Context& context, std::size_t token);

/// "Roma Nord", "Nord Italia", "Alto Adige", "South Minneapolis": a place with a direction or a qualifier before or
/// after it is one place. `inside` are the known names within [first, last); nullopt when the run is no such place.
[[nodiscard]] std::optional<Candidate> qualifiedPlace(const Context& context, std::size_t first, std::size_t last,
                                                      const std::vector<const Candidate*>& inside);

/// "Kanye West": a surname that is also a direction, after a known small town that opens the name [first, last), makes
/// a person's name rather than a part of the town. `inside` are the known names within [first, last).
[[nodiscard]] bool isSurnameAfterSmallTown(const Context& context, std::size_t first, std::size_t last,
                                           const std::vector<const Candidate*>& inside);

/// "a San Giuliano", "in Santa Croce": a name opened by a saint's prefix after a preposition of place is a town
/// rather than the saint; nullopt otherwise.
[[nodiscard]] std::optional<Candidate> saintNamedPlace(const Context& context, std::size_t first, std::size_t last);

/// "Emirates Stadium", "London Bridge", "Charles River": a place head closing a name of two words or more, or its
/// words before the first connector, makes a place, unless the name is a given name and a surname that happens to be
/// such a word ("Michael Bay", "Giorgio Sala"). `inside` are the known names within [first, last).
[[nodiscard]] std::optional<Candidate> facilityName(const Context& context, std::size_t first, std::size_t last,
                                                    const std::vector<const Candidate*>& inside);

/// "fiume Irrawaddy", "stadio Olimpico", "the river Thames": a lowercase place head right before a name belongs to
/// the place's name up to the first connector; nullopt when no such word precedes.
[[nodiscard]] std::optional<Candidate> placeHeadName(const Context& context, std::size_t first, std::size_t last);

/// "Stadio Adriatico | di Pescara": a place head and the known name right after it make a place that ends before the
/// connector; nullopt when the run holds nothing more than that place (other rules type it whole).
[[nodiscard]] std::optional<Candidate> headedPlace(const Context& context, std::size_t first, std::size_t last,
                                                   const std::vector<const Candidate*>& inside);

/// qualifiedPlace(), saintNamedPlace(), facilityName() or a name opened by a word joining known places
/// ("Friuli-Venezia Giulia"), the first that applies; the place may end before `last`.
[[nodiscard]] std::optional<Candidate> placeByStructure(const Context& context, std::size_t first, std::size_t last,
                                                        const std::vector<const Candidate*>& inside);

/// "Italia centrale", "Sardegna meridionale": a lowercase direction right after a place belongs to its name.
void extendPlaceQualifiers(const Context& context, std::vector<Candidate>& names);

} // namespace annalist::core::ner
