// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/numbered_names.h"

#include "ner/name_cues.h"
#include "ner/person_rules.h"
#include "ner/word_sets.h"

#include <array>
#include <string>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// Names that kings, queens, emperors and popes have reigned by, folded, in the languages of the news read here.
bool isRegnalGivenName(std::string_view folded) {
    static constexpr auto kNames = std::to_array<std::string_view>(
        {"abdullah",   "adriano",    "afonso",     "alberto",      "albert",     "alessandro", "alexander", "alfonso",
         "amedeo",     "anna",       "anne",       "baldovino",    "baudouin",   "benedetto",  "benedict",  "bonifacio",
         "boniface",   "carl",       "carlo",      "carlos",       "carol",      "caterina",   "catherine", "charles",
         "christian",  "clemente",   "clement",    "constantine",  "costantino", "david",      "edoardo",   "edward",
         "elisabetta", "elizabeth",  "enrico",     "ferdinand",    "ferdinando", "felipe",     "filippo",   "francesco",
         "francis",    "franz",      "frederick",  "frederik",     "federico",   "friedrich",  "george",    "giacomo",
         "giorgio",    "giovanni",   "gregorio",   "gregory",      "guglielmo",  "gustaf",     "gustav",    "gustavo",
         "haakon",     "harald",     "henri",      "henry",        "hussein",    "innocenzo",  "innocent",  "ivan",
         "jacques",    "james",      "john",       "juan",         "karl",       "leone",      "leo",       "leopold",
         "leopoldo",   "louis",      "ludwig",     "luigi",        "margrethe",  "maria",      "mary",      "mohammed",
         "mohammad",   "muhammad",   "napoleon",   "napoleone",    "nicholas",   "nicola",     "olav",      "paolo",
         "paul",       "peter",      "philip",     "philippe",     "pietro",     "pio",        "pius",      "rainier",
         "rama",       "ranieri",    "riccardo",   "richard",      "robert",     "roberto",    "sisto",     "umberto",
         "urbano",     "urban",      "victoria",   "vittoria",     "vittorio",   "wilhelm",    "willem",    "william",
         "hassan",     "ottone",     "otto",       "massimiliano", "maximilian", "rodolfo",    "rudolf",    "corrado",
         "konrad",     "sigismondo", "margherita", "isabella",     "isabel",     "cristina",   "christina", "beatrix",
         "juliana",    "stefano",    "stephen",    "ladislao",     "casimiro",   "venceslao",  "sancho",    "pedro",
         "manuel",     "joao",       "sebastiano", "alexandre",    "alessio",    "nicolas",    "michele",   "michael",
         "mswati",     "letsie",     "tupou",      "jigme"});
    return isOneOf(folded, kNames);
}

/// "re Harald V", "Pope Leo XIV", "l'imperatore Carlo V": a title sovereigns and popes bear, right before the name.
bool afterSovereignTitle(const Context& context, std::size_t first) {
    static constexpr auto kTitles = std::to_array<std::string_view>(
        {"re",      "regina", "papa",    "pontefice", "imperatore", "imperatrice", "zar",    "principe", "principessa",
         "sultano", "emiro",  "sovrano", "sovrana",   "king",       "queen",       "pope",   "emperor",  "empress",
         "tsar",    "czar",   "prince",  "princess",  "sultan",     "emir",        "kaiser", "granduca"});
    const std::size_t before = wordBefore(context, first);
    return before != std::string::npos && isOneOf(context.tokens()[before].folded, kTitles);
}

bool isRomanNumeralName(const Context& context, std::size_t first, std::size_t last) {
    // Two names or more before the numeral ("Giovanni Paolo II", "Vittorio Emanuele III") are a person's.
    return last - first == 2 && isRegnalNumeral(context, last - 1) &&
           !isRegnalGivenName(context.tokens()[first].folded) && !afterSovereignTitle(context, first);
}

/// "Gemini 7 stayed", "Chandrayaan-3": a number joined to the word by a hyphen, or standing alone before a lowercase
/// word in the same sentence.
bool isFollowedByModelNumber(const Context& context, std::size_t word) {
    constexpr std::size_t kLongest = 4;
    const auto& tokens = context.tokens();
    std::size_t at = word + 1;
    if (at + 1 < tokens.size() && tokens[at].text == "-" && !tokens[at].spaceBefore && !tokens[at + 1].spaceBefore &&
        tokens[at + 1].kind == TokenKind::Number) {
        return true;
    }
    if (at + 1 >= tokens.size() || tokens[at].kind != TokenKind::Number || !tokens[at].spaceBefore ||
        tokens[at].text.size() > kLongest || tokens[at].text.find_first_not_of("0123456789") != std::string::npos) {
        return false;
    }
    // "Rossi 25 punti", "Okafor 12 goals": a count of something after a name is a score, not a model's number.
    static constexpr auto kCounted = std::to_array<std::string_view>(
        {"punti",   "punto",   "points",  "point",     "pts",     "gol",    "goals",   "goal",     "reti",
         "rete",    "secondi", "seconds", "minuti",    "minutes", "anni",   "years",   "vittorie", "wins",
         "partite", "games",   "matches", "presenze",  "caps",    "voti",   "votes",   "euro",     "dollari",
         "dollars", "milioni", "million", "km",        "metri",   "metres", "meters",  "giorni",   "days",
         "ore",     "hours",   "per",     "posizioni", "places",  "assist", "assists", "rimbalzi", "rebounds",
         "colpi",   "strokes", "shots",   "tiri"});
    const Token& after = tokens[at + 1];
    return after.sentence == tokens[word].sentence && after.isWord() && after.spaceBefore && !after.capitalized &&
           !after.allCaps && !isOneOf(std::string_view(after.folded), kCounted);
}

} // namespace

bool isNumberedThing(const Context& context, std::size_t first, std::size_t last) {
    if (isRomanNumeralName(context, first, last)) {
        return true;
    }
    return last - first == 1 && !context.inList(WordList::Surname, first) && isFollowedByModelNumber(context, first);
}

} // namespace annalist::core::ner
