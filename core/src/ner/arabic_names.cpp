// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/arabic_names.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

// Particles between the parts of an Arabic name, written in lowercase.
constexpr std::array<std::string_view, 5> kParticles{"al", "el", "bin", "ibn", "bint"};

// Words that open an Arabic name as a given name does: "Abu Bakr", "Abdel Fattah".
constexpr std::array<std::string_view, 4> kOpenings{"abu", "abd", "abdel", "abdul"};

bool isArabicPersonName(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    if (name.type != EntityType::Organization || name.entry != kNone || name.origin != Origin::Rule ||
        !name.typeIsGuess || name.last - name.first < 3) {
        return false;
    }
    const std::string& opening = tokens[name.first].folded;
    if (!context.isFirstName(name.first) && std::find(kOpenings.begin(), kOpenings.end(), opening) == kOpenings.end()) {
        return false;
    }
    constexpr std::uint64_t kHeads = bitOf(WordList::OrgHead) | bitOf(WordList::PlaceHead) | bitOf(WordList::EventHead);
    bool particle = false;
    for (std::size_t i = name.first + 1; i < name.last; ++i) {
        const Token& token = tokens[i];
        if ((token.flags & kHeads) != 0 && context.isNameWord(i)) {
            return false;
        }
        if (!token.capitalized && std::find(kParticles.begin(), kParticles.end(), token.folded) != kParticles.end()) {
            particle = particle || (i + 1 < name.last && context.isNameWord(i + 1));
        } else if (!context.isNameWord(i)) {
            return false;
        }
    }
    return particle;
}

} // namespace

void applyArabicNames(const Context& context, std::vector<Candidate>& candidates) {
    for (Candidate& name : candidates) {
        if (isArabicPersonName(context, name)) {
            name.type = EntityType::Person;
            name.typeIsGuess = false;
        }
    }
}

} // namespace annalist::core::ner
