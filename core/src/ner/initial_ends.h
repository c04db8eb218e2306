// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>

namespace annalist::core::ner {

/// "the E.S.A. Scientists hoped", "in Group B. Officials said": the dot after initials may end a sentence, and the
/// sentence splitter keeps initials with the word after them for names such as "J.R.R. Tolkien". A capitalised word
/// that is an ordinary word of the language and no list knows as a name opens the next sentence instead: after
/// initials joined by dots any such word, after a single initial only a plural ("Officials"), since surnames such as
/// "Fox" are ordinary words too. `dot` is the dot after the initials.
[[nodiscard]] bool opensSentenceAfterInitials(const Context& context, std::size_t dot);

} // namespace annalist::core::ner
