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

/// True for a lowercase word that reads like an Italian infinitive ("costituirsi", "intervenire"): "chiede al Comune
/// di intervenire" asks the body to act; the verb is no part of its name.
bool looksLikeInfinitive(std::string_view word) {
    constexpr std::array<std::string_view, 6> kEndings{"are", "ere", "ire", "arsi", "ersi", "irsi"};
    return std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view ending) {
        return word.size() > ending.size() + 2 && word.substr(word.size() - ending.size()) == ending;
    });
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
    std::size_t endBeforeAl = std::string::npos;
    for (std::size_t i = opening + 1; i < std::min(tokens.size(), opening + 1 + kReach); ++i) {
        const Token& token = tokens[i];
        if (!token.isWord() || context.isNameWord(i) || token.sentence != tokens[name.first].sentence) {
            break;
        }
        const std::string& before = tokens[i - 1].folded;
        const bool verb = looksLikeInfinitive(token.folded) || token.folded == "fare" || token.folded == "dire" ||
                          token.folded == "dare" || token.folded == "stare";
        if ((before == "di" || before == "a" || before == "per") && verb) {
            // "Ordine dei giornalisti al fine di fare chiarezza": a verb ends the name before the phrase it opens.
            end = endBeforeAl == std::string::npos ? end : endBeforeAl;
            break;
        }
        const std::string& word = token.folded;
        if ((word.rfind("al", 0) == 0 || word == "ai" || word == "agli") && joinsDescription(context, i)) {
            endBeforeAl = end;
        }
        if ((token.flags & kNoContent) == 0) {
            end = i + 1;
        } else if (!joinsDescription(context, i)) {
            break;
        }
    }
    return end;
}

/// "Associazione per la cura del bambino", "Agenzia per la cybersicurezza nazionale": bodies of these kinds are named
/// for their purpose, after "per" and an article; "fondi dalla Regione per la ricostruzione" are not.
bool namedForPurpose(const Context& context, const Candidate& name) {
    constexpr std::array<std::string_view, 14> kPurposeHeads{
        "associazione", "comitato",  "commissione", "agenzia",     "fondazione",   "movimento", "istituto",
        "ente",         "consorzio", "ufficio",     "federazione", "dipartimento", "ministero", "autorita"};
    const auto& tokens = context.tokens();
    const std::size_t linker = name.last;
    return linker + 1 < tokens.size() && tokens[linker].folded == "per" &&
           context.inList(WordList::Determiner, linker + 1) &&
           std::find(kPurposeHeads.begin(), kPurposeHeads.end(), tokens[name.first].folded) != kPurposeHeads.end();
}

/// "Ministero della sanità", "Corte d'appello", "Ufficio di presidenza": a capitalised head word alone takes a
/// description of one lowercase noun after "di" or its articles, and the institutional adjectives after that noun.
/// Two ordinary words in a row ("Polizia di molte città", "Comune di costituirsi parte civile") are a phrase, not a
/// name; "Stato di diritto" and "Stato di emergenza" are a state of things. Returns the new end, or `name.last`.
std::size_t lonelyHeadDescriptionEnd(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    const std::size_t linker = name.last;
    if (namedForPurpose(context, name)) {
        return lowercaseDescriptionEnd(context, name);
    }
    const std::size_t noun = linker + 1;
    const Token& head = tokens[name.first];
    if (!head.capitalized || head.allCaps || head.folded == "stato" || noun >= tokens.size() ||
        !tokens[linker].isWord() || context.isNameWord(linker) || !context.inList(WordList::Connector, linker) ||
        tokens[linker].folded.front() != 'd' || tokens[linker].folded.rfind("da", 0) == 0) {
        return name.last;
    }
    constexpr std::uint64_t kNoContent = bitOf(WordList::Stopword) | bitOf(WordList::Determiner) |
                                         bitOf(WordList::InstitutionNoun) | bitOf(WordList::OrgNoun) |
                                         bitOf(WordList::Calendar) | bitOf(WordList::SpeechVerb) |
                                         bitOf(WordList::Title) | bitOf(WordList::Connector);
    const Token& word = tokens[noun];
    if (!word.isWord() || context.isNameWord(noun) || word.sentence != head.sentence ||
        (word.flags & kNoContent) != 0 || looksLikeInfinitive(word.folded)) {
        return name.last;
    }
    std::size_t end = noun + 1;
    while (end < tokens.size() && tokens[end].sentence == head.sentence && tokens[end].isWord() &&
           !context.isNameWord(end) &&
           (context.inList(WordList::Demonym, end) || context.inList(WordList::OrgAdjective, end))) {
        ++end;
    }
    const bool phraseGoesOn = end < tokens.size() && tokens[end].sentence == head.sentence && tokens[end].isWord() &&
                              !context.isNameWord(end) && (tokens[end].flags & kNoContent) == 0;
    return phraseGoesOn ? name.last : end;
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
    if (name.last - name.first == 1 && context.language != "en") {
        name.last = lonelyHeadDescriptionEnd(context, name);
        return;
    }
    const bool describedInLowercase = name.last - name.first >= 2 && !context.isNameWord(name.last - 1);
    if (describedInLowercase && context.language != "en") {
        name.last = lowercaseDescriptionEnd(context, name);
    }
}

} // namespace annalist::core::ner
