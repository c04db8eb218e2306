// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>
#include <vector>

namespace annalist::core::ner {

/// "Confindustria Bergamo", "Cgil Lombardia", "Legambiente Puglia": an Italian association, union or party the
/// knowledge base knows, followed right away by a known Italian city or region, is that body's local branch, one
/// organisation of its own. `names` stay in text order.
void mergeLocalBranches(const Context& context, std::vector<Candidate>& names);

/// Joins each name and the next one into one organisation wherever `joins(name, next)` holds; `names` stay in text
/// order.
template <typename Joins> void mergeIntoOrganisations(std::vector<Candidate>& names, Joins joins) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i + 1 < names.size() && joins(names[i], names[i + 1])) {
            names[kept++] =
                Candidate{names[i].first, names[i + 1].last, EntityType::Organization, kNone, Origin::Rule, 0.7, false};
            ++i;
            continue;
        }
        names[kept++] = names[i];
    }
    names.resize(kept);
}

} // namespace annalist::core::ner
