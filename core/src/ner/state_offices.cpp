// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/state_offices.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace annalist::core::ner {

namespace {

bool sameSentence(const Context& context, std::size_t a, std::size_t b) {
    return context.tokens()[a].sentence == context.tokens()[b].sentence;
}

bool isLowercaseWord(const Context& context, std::size_t i) {
    return context.tokens()[i].isWord() && !context.isNameWord(i);
}

/// "procura", "presidenza", "avvocatura": the offices that serve the Republic, the council of ministers or the State.
bool isOfficeNoun(std::string_view word) {
    constexpr std::array<std::string_view, 3> kOffices{"procura", "presidenza", "avvocatura"};
    return std::find(kOffices.begin(), kOffices.end(), word) != kOffices.end();
}

/// The connector that joins the office to the body: "della Repubblica", "del Consiglio", "dello Stato".
bool joinsBody(std::string_view connector, std::string_view body) {
    return (body == "repubblica" && connector == "della") || (body == "consiglio" && connector == "del") ||
           (body == "stato" && connector == "dello");
}

/// "dei ministri" after "Consiglio", in lowercase: the council of ministers. Returns the tokens it covers, or 0.
std::size_t ministersAfter(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    return i + 1 < tokens.size() && sameSentence(context, i - 1, i + 1) && isLowercaseWord(context, i) &&
                   isLowercaseWord(context, i + 1) && tokens[i].folded == "dei" && tokens[i + 1].folded == "ministri"
               ? 2
               : 0;
}

/// The known place that makes the rest of `name` after `end`, opened by "di": "(Repubblica) di Roma".
const Candidate* seatAfter(const Context& context, const std::vector<Candidate>& known, const Candidate& name,
                           std::size_t end) {
    if (end + 1 >= name.last || context.tokens()[end].folded != "di") {
        return nullptr;
    }
    for (const Candidate& place : known) {
        if (place.type == EntityType::Place && place.first == end + 1 && place.last == name.last) {
            return &place;
        }
    }
    return nullptr;
}

} // namespace

void joinStateOffices(const Context& context, const std::vector<Candidate>& known, std::vector<Candidate>& names) {
    if (context.language != "it") {
        return;
    }
    const auto& tokens = context.tokens();
    for (std::size_t k = 0; k < names.size(); ++k) {
        Candidate& name = names[k];
        // "la Presidenza del Consiglio dei ministri": the capitalised office takes the lowercase ministers.
        if (name.type == EntityType::Organization && name.last - name.first == 3 && tokens[name.first].capitalized &&
            isOfficeNoun(tokens[name.first].folded) && tokens[name.last - 1].folded == "consiglio" &&
            joinsBody(tokens[name.first + 1].folded, "consiglio")) {
            name.last += ministersAfter(context, name.last);
            continue;
        }
        const std::size_t body = name.first;
        // "[procura] della [Repubblica di Roma]": the office is a lowercase word or the lowercase institution found
        // on its own, right before the connector.
        if (name.type != EntityType::Organization || body < 2 || !context.tokens()[body].capitalized ||
            !sameSentence(context, body - 2, body) || !isLowercaseWord(context, body - 1) ||
            !isLowercaseWord(context, body - 2) || !isOfficeNoun(tokens[body - 2].folded) ||
            !joinsBody(tokens[body - 1].folded, tokens[body].folded)) {
            continue;
        }
        const std::size_t office = body - 2;
        // "eletto alla presidenza della Repubblica": the office a person runs for, not the body.
        if (tokens[office].folded == "presidenza" && office > 0 && tokens[office - 1].folded == "alla") {
            continue;
        }
        std::size_t end = body + 1;
        if (tokens[body].folded == "consiglio") {
            end += ministersAfter(context, end);
        }
        if (end > name.last) {
            continue;
        }
        const Candidate* seat = end == name.last ? nullptr : seatAfter(context, known, name, end);
        if (end != name.last && seat == nullptr) {
            continue;
        }
        const Candidate seatCopy = seat != nullptr ? *seat : Candidate{};
        name = Candidate{office, end, EntityType::Organization, kNone, Origin::Rule, 0.6, false};
        // The lowercase office found on its own ("procura") is now part of the name.
        if (k > 0 && names[k - 1].first == office && names[k - 1].last == office + 1) {
            names.erase(names.begin() + static_cast<std::ptrdiff_t>(k - 1));
            --k;
        }
        if (seat != nullptr) {
            names.insert(names.begin() + static_cast<std::ptrdiff_t>(k + 1), seatCopy);
            ++k;
        }
    }
}

} // namespace annalist::core::ner
