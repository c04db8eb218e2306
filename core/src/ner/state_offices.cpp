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

/// "[procura] della [Repubblica]", "[Presidenza] del [Consiglio]", "[presidenza] del [Consiglio dei ministri]": a name
/// that opens with the body an office serves, right after the office noun and its connector, with a capital on the
/// office or on the body. "eletto alla presidenza della Repubblica" names the office a person runs for, no body.
bool opensBody(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    const std::size_t body = name.first;
    if (name.type != EntityType::Organization || body < 2 || !sameSentence(context, body - 2, body) ||
        !isLowercaseWord(context, body - 1) || !tokens[body - 2].isWord() || tokens[body - 2].allCaps ||
        !isOfficeNoun(tokens[body - 2].folded) || !joinsBody(tokens[body - 1].folded, tokens[body].folded)) {
        return false;
    }
    if (!tokens[body].capitalized && !tokens[body - 2].capitalized) {
        return false;
    }
    const std::size_t office = body - 2;
    return !(tokens[office].folded == "presidenza" && office > 0 && tokens[office - 1].folded == "alla");
}

} // namespace

void joinStateOffices(const Context& context, const std::vector<Candidate>& known, std::vector<Candidate>& names) {
    if (context.language != "it") {
        return;
    }
    const auto& tokens = context.tokens();
    std::vector<Candidate> joined;
    joined.reserve(names.size() + 1);
    for (const Candidate& name : names) {
        // "la Presidenza del Consiglio dei ministri": the capitalised office takes the lowercase ministers.
        if (name.type == EntityType::Organization && name.last - name.first == 3 && tokens[name.first].capitalized &&
            isOfficeNoun(tokens[name.first].folded) && tokens[name.last - 1].folded == "consiglio" &&
            joinsBody(tokens[name.first + 1].folded, "consiglio")) {
            Candidate longer = name;
            longer.last += ministersAfter(context, name.last);
            joined.push_back(longer);
            continue;
        }
        const std::size_t body = name.first;
        if (!opensBody(context, name)) {
            joined.push_back(name);
            continue;
        }
        const std::size_t office = body - 2;
        std::size_t end = body + 1;
        if (tokens[body].folded == "consiglio") {
            end += ministersAfter(context, end);
        }
        const Candidate* seat = name.last <= end ? nullptr : seatAfter(context, known, name, end);
        // The office found on its own ("procura") joins the body; a longer name over it keeps it.
        const bool officeAlone = !joined.empty() && joined.back().last > office;
        if ((name.last > end && seat == nullptr) ||
            (officeAlone && (joined.back().first != office || joined.back().last != office + 1))) {
            joined.push_back(name);
            continue;
        }
        const Candidate seatCopy = seat != nullptr ? *seat : Candidate{};
        if (officeAlone) {
            joined.pop_back();
        }
        joined.push_back(Candidate{office, end, EntityType::Organization, kNone, Origin::Rule, 0.6, false});
        if (seat != nullptr) {
            joined.push_back(seatCopy);
        }
    }
    names = std::move(joined);
}

} // namespace annalist::core::ner
