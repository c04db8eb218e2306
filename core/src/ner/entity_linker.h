// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <string_view>
#include <vector>

namespace annalist::core::ner {

/// Makes the types of one document consistent: a guessed single word that is part of a person's name found
/// elsewhere ("Putin" after "Vladimir Putin", "Kim" after "Kim Jong-un") becomes that person.
void applyDocumentConsistency(const Context& context, std::vector<Candidate>& candidates);

/// Groups candidates into entities: known names by their key, people by full name, surname, first word or a
/// near-miss spelling of a name in the same document, anything else by type and folded name.
/// `text` is the UTF-8 text the tokens index; mentions get their surface text and sentence.
[[nodiscard]] std::vector<Entity> linkEntities(const Context& context, const std::vector<Candidate>& candidates,
                                               std::string_view text);

} // namespace annalist::core::ner
