// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/match_scores.h"

#include <string_view>

namespace annalist::core::ner {

namespace {

bool isCount(std::string_view text) {
    return !text.empty() && text.size() <= 3 && text.find_first_not_of("0123456789") == std::string_view::npos;
}

} // namespace

bool isScore(const std::vector<Token>& tokens, std::size_t i) {
    const Token& token = tokens[i];
    if (token.kind != TokenKind::Number) {
        return false;
    }
    const std::string_view text = token.text;
    const std::size_t dash = text.find('-');
    if (dash != std::string_view::npos) {
        return isCount(text.substr(0, dash)) && isCount(text.substr(dash + 1));
    }
    return i + 2 < tokens.size() && isCount(text) && tokens[i + 1].text == "-" &&
           tokens[i + 2].kind == TokenKind::Number && isCount(tokens[i + 2].text) &&
           tokens[i + 2].sentence == token.sentence;
}

} // namespace annalist::core::ner
