// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/place_code_rules.h"

#include <algorithm>

namespace annalist::core::ner {

namespace {

/// True when token `i` is two capital letters between brackets in one sentence.
bool isBracketedCode(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    if (i < 2 || i + 1 >= tokens.size() || !tokens[i].allCaps || tokens[i].end - tokens[i].start != 2) {
        return false;
    }
    return tokens[i - 1].text == "(" && tokens[i + 1].text == ")" && tokens[i - 1].sentence == tokens[i].sentence &&
           tokens[i + 1].sentence == tokens[i].sentence;
}

} // namespace

void applyPlaceCodes(const Context& context, std::vector<Candidate>& candidates) {
    std::vector<Candidate> added;
    for (std::size_t at = 0; at < candidates.size(); ++at) {
        const Candidate& place = candidates[at];
        const std::size_t code = place.last + 1;
        if (place.type != EntityType::Place || !isBracketedCode(context, code)) {
            continue;
        }
        const bool next = at + 1 < candidates.size() && candidates[at + 1].first == code;
        if (next && candidates[at + 1].last == code + 1) {
            candidates[at + 1] = Candidate{code, code + 1, EntityType::Place, kNone, Origin::Rule, 0.6, false};
        } else if (!next) {
            added.push_back(Candidate{code, code + 1, EntityType::Place, kNone, Origin::Rule, 0.6, false});
        }
    }
    if (added.empty()) {
        return;
    }
    candidates.insert(candidates.end(), added.begin(), added.end());
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
}

} // namespace annalist::core::ner
