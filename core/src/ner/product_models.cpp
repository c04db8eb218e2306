// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/product_models.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

// Words that make a number after a company an amount or a count, not a model (it, en).
constexpr std::array<std::string_view, 22> kAmounts{
    "mila",       "milioni", "miliardi", "euro",     "dollari", "sterline", "azioni",  "dipendenti",
    "lavoratori", "posti",   "persone",  "thousand", "million", "millions", "billion", "billions",
    "dollars",    "euros",   "pounds",   "shares",   "jobs",    "employees"};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

/// "737", "500", "3310": a number of three or four digits that is no year of the last two centuries.
bool isModelNumber(const Token& token) {
    const std::string& text = token.text;
    if (token.kind != TokenKind::Number || text.size() < 3 || text.size() > 4 ||
        !std::all_of(text.begin(), text.end(), isDigit)) {
        return false;
    }
    return !(text.size() == 4 && (text.rfind("19", 0) == 0 || text.rfind("20", 0) == 0));
}

/// True when a model's number follows the name, with a space and no amount after it.
bool modelFollows(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    const std::size_t at = name.last;
    if (at >= tokens.size() || tokens[at].sentence != tokens[name.first].sentence || !tokens[at].spaceBefore ||
        !isModelNumber(tokens[at])) {
        return false;
    }
    const std::size_t next = at + 1;
    return next >= tokens.size() || tokens[next].sentence != tokens[at].sentence ||
           std::find(kAmounts.begin(), kAmounts.end(), tokens[next].folded) == kAmounts.end();
}

/// A company the knowledge base knows, or a name typed an organisation only by default.
bool mayBeMaker(const Context& context, const Candidate& name) {
    if (name.type != EntityType::Organization) {
        return false;
    }
    if (name.entry == kNone) {
        return name.origin == Origin::Rule && name.typeIsGuess;
    }
    const GazetteerImage& image = context.image();
    return image.string(image.entry(name.entry).kind) == "company";
}

} // namespace

void dropProductModels(const Context& context, std::vector<Candidate>& candidates) {
    const auto product = [&](const Candidate& name) {
        return mayBeMaker(context, name) && modelFollows(context, name);
    };
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(), product), candidates.end());
}

} // namespace annalist::core::ner
