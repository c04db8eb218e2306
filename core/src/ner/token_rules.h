// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/tokenizer.h"

#include <string_view>
#include <vector>

namespace annalist::core::ner {

/// True for an opening quotation mark (“ « ‘ „ and a straight " that starts a quotation).
[[nodiscard]] bool opensQuotation(std::string_view text);

/// Sets TokenSpan::capitalized, TokenSpan::allCaps and TokenSpan::apostrophe from the token's text.
void setShape(TokenSpan& token, std::string_view text);

/// True for a full stop glued to the previous word, as in "St." or "U.S.": names are matched without it.
[[nodiscard]] bool isAbbreviationDot(const Token& token);

/// Joins word-hyphen-word runs written without spaces ("Jong-un", "Guinea-Bissau") into one token.
[[nodiscard]] std::vector<TokenSpan> joinHyphenated(std::vector<TokenSpan> tokens, std::string_view utf8);

/// Byte offset within a word where it splits into an elided article or preposition and the word it is glued to by an
/// apostrophe ("dell’Occidente" → "dell’" + "Occidente", "l'Onu" → "l'" + "Onu", "d’accordo" → "d’" + "accordo"),
/// or into a word and an English possessive ("Ukraine's" → "Ukraine" + "'s"); npos when it does not split.
[[nodiscard]] std::size_t splitPoint(const TokenSpan& token, std::string_view utf8);

/// Writes the two tokens a word splits into at byte `cut` of its text to `prefix` and `word`.
void splitInto(const TokenSpan& token, std::size_t cut, std::string_view utf8, TokenSpan& prefix, TokenSpan& word);

} // namespace annalist::core::ner
