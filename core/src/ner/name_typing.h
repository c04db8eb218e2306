// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <optional>

namespace annalist::core::ner {

/// True when the token is a head word that makes the name after it one thing of its kind: an
/// organisation ("Università"), a place ("Palazzo") or a treaty ("Trattato").
[[nodiscard]] bool isHeadedName(const Context& context, std::size_t token);

/// "lo Stato", "la Banca", "il Museo": an organisation's head word alone is a common noun written with a capital,
/// no name; only the nouns that name the one institution of its kind in a story stand for it ("il Senato", "la
/// Procura", "la Camera", "the Senate").
[[nodiscard]] bool isLoneCommonHead(const Context& context, const Candidate& name);

/// "piazza Tienanmen", "via Solferino": a lowercase street word before a capitalised sequence makes one place
/// of both; nullopt when no such word precedes.
[[nodiscard]] std::optional<Candidate> streetName(const Context& context, std::size_t first, std::size_t last);

/// True for a lowercase noun that introduces a company's or a newspaper's name ("la società", "il quotidiano",
/// "the carmaker"); nouns that also name a person's trade ("l'editore", "the producer") are left out.
[[nodiscard]] bool isCompanyNoun(const Context& context, std::size_t word);

/// Types a capitalised sequence [first, last) that no list knows, from its inner structure and context.
/// Returns nullopt when the evidence says it is no name (a capitalised word opening a sentence).
[[nodiscard]] std::optional<Candidate> typeUnknownName(const Context& context, std::size_t first, std::size_t last);

/// A surname or first name that is not also an ordinary word ("Industria" is a surname somewhere, and a noun).
[[nodiscard]] bool isPersonWord(const Context& context, std::size_t token);

} // namespace annalist::core::ner
