// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/coastal_towns.h"

namespace annalist::core::ner {

namespace {

/// "Marina | di | Pietrasanta": the head, a lowercase bare "di", then names only.
bool isMarinaTown(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    if (name.type != EntityType::Organization || name.entry != kNone || name.last - name.first < 3 ||
        tokens[name.first].folded != "marina" || !tokens[name.first].capitalized ||
        tokens[name.first + 1].text != "di") {
        return false;
    }
    // "la Marina di Sua Maestà": a sovereign's navy.
    if (tokens[name.first + 2].folded == "sua") {
        return false;
    }
    for (std::size_t i = name.first + 2; i < name.last; ++i) {
        if (!context.isNameWord(i)) {
            return false;
        }
    }
    return true;
}

} // namespace

void applyCoastalTownNames(const Context& context, std::vector<Candidate>& candidates) {
    for (Candidate& name : candidates) {
        if (isMarinaTown(context, name)) {
            name.type = EntityType::Place;
            name.typeIsGuess = false;
        }
    }
}

} // namespace annalist::core::ner
