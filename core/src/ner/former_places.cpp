// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/former_places.h"

#include "ner/place_rules.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace annalist::core::ner {

namespace {

bool isFormerPlace(const Context& context, const Token& token) {
    constexpr std::string_view kEx = "ex-";
    const std::string_view text = token.text;
    if (!token.isWord() || text.size() <= kEx.size() + 2 || text.substr(0, kEx.size()) != kEx ||
        std::isupper(static_cast<unsigned char>(text[kEx.size()])) == 0) {
        return false;
    }
    return isKnownPlaceWord(context, std::string_view(token.folded).substr(kEx.size()));
}

} // namespace

void addFormerPlaces(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    bool added = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].text.size() < 4 || tokens[i].text[0] != 'e' || !isFormerPlace(context, tokens[i])) {
            continue;
        }
        const bool taken = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& candidate) {
            return candidate.first <= i && i < candidate.last;
        });
        if (!taken) {
            candidates.push_back(Candidate{i, i + 1, EntityType::Place, kNone, Origin::Rule, 0.6, false});
            added = true;
        }
    }
    if (added) {
        sortByPosition(candidates);
    }
}

} // namespace annalist::core::ner
