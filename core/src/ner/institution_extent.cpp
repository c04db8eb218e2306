// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/institution_extent.h"

#include "ner/name_typing.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// True for the words that join the lowercase description of an institution's name: "di", "della", "per la",
/// "e il", "alle"; "da" and "dal" introduce an agent or a time instead.
bool joinsDescription(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 16> kJoins{"di", "del", "dello", "della", "dei", "degli", "delle", "dell'",
                                                      "d'", "per", "e",     "ed",    "al",  "alla",  "alle",  "ai"};
    const std::string& folded = context.tokens()[token].folded;
    return std::find(kJoins.begin(), kJoins.end(), folded) != kJoins.end() ||
           context.inList(WordList::Determiner, token);
}

/// "Corte suprema di cassazione", "Commissione internazionale per la caccia alle balene": Italian writes the
/// description of a body named by its head word and an institutional adjective in lowercase, after "di" or "per"
/// and an article. The name runs to the last lowercase content word before punctuation, a capitalised word, a
/// function word or another institution ("e il governo"). Returns the new end, or `name.last`.
std::size_t lowercaseDescriptionEnd(const Context& context, const Candidate& name) {
    constexpr std::size_t kReach = 8;
    const auto& tokens = context.tokens();
    const std::size_t opening = name.last;
    if (opening + 1 >= tokens.size() || !tokens[opening].isWord() || context.isNameWord(opening) ||
        tokens[opening + 1].sentence != tokens[name.first].sentence) {
        return name.last;
    }
    const std::string& linker = tokens[opening].folded;
    const bool byPer = linker == "per" && context.inList(WordList::Determiner, opening + 1);
    if (!byPer &&
        !(context.inList(WordList::Connector, opening) && linker.front() == 'd' && linker.rfind("da", 0) != 0)) {
        return name.last;
    }
    constexpr std::uint64_t kNoContent = bitOf(WordList::Stopword) | bitOf(WordList::InstitutionNoun) |
                                         bitOf(WordList::OrgNoun) | bitOf(WordList::Calendar) |
                                         bitOf(WordList::SpeechVerb) | bitOf(WordList::Title);
    std::size_t end = name.last;
    for (std::size_t i = opening + 1; i < std::min(tokens.size(), opening + 1 + kReach); ++i) {
        const Token& token = tokens[i];
        if (!token.isWord() || context.isNameWord(i) || token.sentence != tokens[name.first].sentence) {
            break;
        }
        if ((token.flags & kNoContent) == 0) {
            end = i + 1;
        } else if (!joinsDescription(context, i)) {
            break;
        }
    }
    return end;
}

} // namespace

/// "Parlamento macedone", "Tribunale speciale": an institution named by its head word takes the lowercase
/// nationality or institutional adjectives after it.
void extendInstitution(const Context& context, Candidate& name) {
    const auto& tokens = context.tokens();
    if (name.type != EntityType::Organization || name.entry != kNone ||
        !context.inList(WordList::OrgHead, name.first)) {
        return;
    }
    while (name.last < tokens.size() && tokens[name.last].sentence == tokens[name.first].sentence &&
           tokens[name.last].isWord() && !context.isNameWord(name.last) &&
           (context.inList(WordList::Demonym, name.last) || context.inList(WordList::OrgAdjective, name.last))) {
        ++name.last;
    }
    const bool describedInLowercase = name.last - name.first >= 2 && !context.isNameWord(name.last - 1);
    if (describedInLowercase && context.language != "en") {
        name.last = lowercaseDescriptionEnd(context, name);
    }
}

} // namespace annalist::core::ner
