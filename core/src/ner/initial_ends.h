// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>

namespace annalist::core::ner {

/// "the W.H.O. Experts warned", "in Group B. Officials said": the dot after initials may end a sentence, and the
/// sentence splitter keeps initials with the word after them for names such as "J.R.R. Tolkien". A capitalised word
/// that is an ordinary word of the language and no list knows as a name opens the next sentence instead, after three
/// initials joined by dots or more (an agency's, not a person's) or after a single capital that follows an ordinary
/// word ("Group B.", not "George W."). Two initials ("H.G. Wells") and a given
/// name's initial ("Michael J. Fox") go on with the name, since surnames such as "Wells" and "Fox" are ordinary words
/// too. `dot` is the dot after the initials.
[[nodiscard]] bool opensSentenceAfterInitials(const Context& context, std::size_t dot);

} // namespace annalist::core::ner
