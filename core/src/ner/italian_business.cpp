// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/italian_business.h"

#include "ner/name_cues.h"
#include "ner/token_skip.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace annalist::core::ner {

namespace {

constexpr std::size_t kMaxNameTokens = 10;

bool isLowercaseWord(const Context& context, std::size_t i) {
    return i < context.tokens().size() && context.tokens()[i].isWord() && !context.isNameWord(i);
}

bool sameSentence(const Context& context, std::size_t a, std::size_t b) {
    return b < context.tokens().size() && context.tokens()[a].sentence == context.tokens()[b].sentence;
}

/// The folded word before `index` in its sentence when it is written in lowercase, or "".
std::string_view lowercaseBefore(const Context& context, std::size_t index, std::size_t distance = 1) {
    const std::size_t before = wordBefore(context, index, distance);
    return before != std::string::npos && !context.isNameWord(before)
               ? std::string_view(context.tokens()[before].folded)
               : std::string_view();
}

Candidate organisation(std::size_t first, std::size_t last) {
    return Candidate{first, last, EntityType::Organization, kNone, Origin::Rule, 0.6, false};
}

void makeOrganisation(Candidate& candidate) {
    if (candidate.type == EntityType::Organization) {
        return;
    }
    // A surname the knowledge base links to a person ("Einaudi") names the firm here, not the person.
    candidate = organisation(candidate.first, candidate.last);
}

/// The end of the name that opens at `first`: name words, and a lowercase connector between two of them ("Cassa di
/// Risparmio di Asti", "Il Resto del Carlino"); a number inside counts when a name word follows ("Il Sole 24 Ore").
std::size_t nameRunEnd(const Context& context, std::size_t first) {
    const auto& tokens = context.tokens();
    std::size_t end = first;
    while (end - first < kMaxNameTokens && sameSentence(context, first, end)) {
        const bool linked = sameSentence(context, first, end + 1) && context.isNameWord(end + 1) &&
                            !tokens[end + 1].sentenceInitial &&
                            ((isLowercaseWord(context, end) && context.inList(WordList::Connector, end)) ||
                             tokens[end].kind == TokenKind::Number);
        if (context.isNameWord(end) && (end == first || !tokens[end].sentenceInitial) &&
            !context.inList(WordList::Calendar, end)) {
            ++end;
        } else if (end > first && linked) {
            end += 2;
        } else {
            break;
        }
    }
    return end;
}

/// Replaces the candidates inside [first, last) with one organisation; nothing changes when a candidate runs past
/// either end, or when one organisation already covers it exactly.
bool claimOrganisation(std::vector<Candidate>& candidates, std::size_t first, std::size_t last) {
    bool exact = false;
    for (const Candidate& c : candidates) {
        if (c.first < last && first < c.last && (c.first < first || c.last > last)) {
            return false;
        }
        exact = exact || (c.first == first && c.last == last && c.type == EntityType::Organization);
    }
    if (exact) {
        return false;
    }
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [&](const Candidate& c) { return c.first < last && first < c.last; }),
                     candidates.end());
    candidates.push_back(organisation(first, last));
    return true;
}

/// "il caseificio Di Pietro", "lo studio legale Bonelli", "la casa editrice Einaudi": a firm's cue right before.
bool afterBusinessNoun(const Context& context, std::size_t first) {
    // Restaurants, bars and shops are venues, places, except the trattoria, named after its family like a firm.
    constexpr std::array<std::string_view, 27> kBusinesses{
        "caseificio", "pastificio", "salumificio",    "oleificio",     "panificio",     "biscottificio",  "birrificio",
        "frantoio",   "cantina",    "cantine",        "distilleria",   "torrefazione",  "calzaturificio", "mobilificio",
        "maglificio", "lanificio",  "cementificio",   "zuccherificio", "conservificio", "tabacchificio",  "trattoria",
        "ditta",      "impresa",    "concessionaria", "officina",      "tipografia",    "editrice"};
    constexpr std::array<std::string_view, 14> kKinds{
        "agricola", "vinicola",       "vitivinicola", "zootecnica",   "legale",       "notarile", "associato",
        "tecnico",  "commercialista", "editrice",     "discografica", "farmaceutica", "edile",    "tessile"};
    constexpr std::array<std::string_view, 6> kBases{"azienda", "studio", "casa", "impresa", "ditta", "societa"};
    const std::string_view before = lowercaseBefore(context, first);
    return isOneOf(before, kBusinesses) ||
           (isOneOf(before, kKinds) && isOneOf(lowercaseBefore(context, first, 2), kBases));
}

/// "l'editore Sellerio", "edito da Adelphi", "pubblicato da Laterza": a publisher's cue before a name that is no
/// full name of a person ("l'editore Giulio Einaudi" is the man).
bool namesPublisher(const Context& context, const Candidate& name) {
    constexpr std::array<std::string_view, 11> kPublished{"edito",      "edita",      "editi",       "edite",
                                                          "pubblicato", "pubblicata", "pubblicati",  "pubblicate",
                                                          "stampato",   "stampata",   "ripubblicato"};
    if (name.last - name.first >= 2 && context.isFirstName(name.first)) {
        return false;
    }
    const std::string_view before = lowercaseBefore(context, name.first);
    return before == "editore" || before == "editori" ||
           (before == "da" && isOneOf(lowercaseBefore(context, name.first, 2), kPublished));
}

constexpr std::uint64_t kFunctionWords = bitOf(WordList::Stopword) | bitOf(WordList::Determiner) |
                                         bitOf(WordList::Connector) | bitOf(WordList::PlacePreposition);

void typeBusinessNames(const Context& context, std::vector<Candidate>& candidates) {
    for (Candidate& candidate : candidates) {
        if (candidate.type == EntityType::Treaty || candidate.type == EntityType::Organization) {
            continue;
        }
        // Most names follow an article or a preposition, which no cue here is but "da": that settles them at once.
        const std::size_t before = wordBefore(context, candidate.first);
        if (before == std::string::npos || context.isNameWord(before)) {
            continue;
        }
        const Token& cue = context.tokens()[before];
        const bool functionWord = (cue.flags & kFunctionWords) != 0;
        if (functionWord && cue.folded != "da") {
            continue;
        }
        if ((!functionWord && afterBusinessNoun(context, candidate.first)) || namesPublisher(context, candidate)) {
            makeOrganisation(candidate);
        }
    }
}

/// "Credito Emiliano Lombardo", "Banco Desio", "Cassa di Risparmio di Asti": a bank's head word with a capital, and
/// the names after it, are one bank, whatever given names or towns the name holds.
std::size_t bankEnd(const Context& context, const std::vector<Candidate>& candidates, std::size_t head) {
    constexpr std::array<std::string_view, 5> kBankHeads{"banca", "banco", "credito", "cassa", "mediocredito"};
    if (!isOneOf(std::string_view(context.tokens()[head].folded), kBankHeads)) {
        return head;
    }
    // A known bank ("Banca d'Italia") keeps its own extent: a name after it is another mention.
    const bool known = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
        return c.first == head && c.entry != kNone && c.type == EntityType::Organization;
    });
    const std::size_t end = nameRunEnd(context, head);
    return !known && end - head >= 2 ? end : head;
}

/// "scrive Il Tirreno", "secondo La Nazione", "il quotidiano Il Centro", "ha detto a La Stampa": a source cue
/// before a capitalised article inside a sentence.
bool afterSourceCue(const Context& context, std::size_t article) {
    constexpr std::array<std::string_view, 8> kPapers{"quotidiano", "giornale", "settimanale", "mensile",
                                                      "periodico",  "rivista",  "testata",     "edizione"};
    constexpr std::array<std::string_view, 5> kLinks{"a", "su", "da", "sul", "al"};
    constexpr std::array<std::string_view, 5> kReading{"legge", "letto", "intervista", "intervistato", "intervistata"};
    const std::size_t before = wordBefore(context, article);
    if (before == std::string::npos || context.isNameWord(before)) {
        return false;
    }
    if (context.inList(WordList::SpeechVerb, before) || context.inList(WordList::AccordingTo, before) ||
        isOneOf(std::string_view(context.tokens()[before].folded), kPapers)) {
        return true;
    }
    const std::size_t verb = wordBefore(context, before);
    return isOneOf(std::string_view(context.tokens()[before].folded), kLinks) && verb != std::string::npos &&
           !context.isNameWord(verb) &&
           (context.inList(WordList::SpeechVerb, verb) ||
            isOneOf(std::string_view(context.tokens()[verb].folded), kReading));
}

/// "Il Fatto Quotidiano", "Il Giornale di Brescia", "La Gazzetta dello Sport": a name that calls itself a newspaper.
bool holdsMastheadWord(const Context& context, std::size_t first, std::size_t end) {
    constexpr std::array<std::string_view, 4> kMastheads{"quotidiano", "giornale", "gazzetta", "gazzettino"};
    for (std::size_t i = first; i < end; ++i) {
        if (context.tokens()[i].capitalized && isOneOf(std::string_view(context.tokens()[i].folded), kMastheads)) {
            return true;
        }
    }
    return false;
}

std::size_t newspaperEnd(const Context& context, std::size_t article) {
    constexpr std::array<std::string_view, 7> kArticles{"il", "lo", "la", "l'", "i", "gli", "le"};
    const Token& token = context.tokens()[article];
    const std::size_t name = article + 1;
    if (token.sentenceInitial || !isOneOf(std::string_view(token.folded), kArticles) ||
        name >= context.tokens().size() || !context.isNameWord(name) || context.inList(WordList::Title, name) ||
        !sameSentence(context, article, name) || !afterSourceCue(context, article)) {
        return article;
    }
    const std::size_t end = nameRunEnd(context, name);
    // "ha detto La Russa", "secondo Lo Bello": "La", "Lo" and "Li" open surnames too; a newspaper after them is
    // named by an ordinary word ("La Stampa", "La Nazione"), not by a nationality.
    const bool particle = token.folded == "la" || token.folded == "lo" || token.folded == "li";
    if (particle && end == name + 1 &&
        (!context.inList(WordList::Common, name) || context.inList(WordList::Demonym, name))) {
        return article;
    }
    return end;
}

/// Banks by their head word, newspapers by their capitalised article: both open with a capitalised listed word.
bool claimHeadedNames(const Context& context, std::vector<Candidate>& candidates) {
    constexpr std::uint64_t kOpeners = bitOf(WordList::OrgHead) | bitOf(WordList::Determiner);
    const auto& tokens = context.tokens();
    bool changed = false;
    const auto opener = [](const Token& token) {
        return token.capitalized && !token.allCaps && (token.flags & kOpeners) != 0;
    };
    for (std::size_t i = nextTokenThat(tokens, 0, opener); i + 1 < tokens.size();
         i = nextTokenThat(tokens, i + 1, opener)) {
        const Token& token = tokens[i];
        // "Il Giornale ha titolato", "La Gazzetta dello Sport apre con...": at a sentence's start every article is
        // capitalised, so only a masthead word tells a newspaper; its name is claimed, the article left out.
        if (token.sentenceInitial && context.inList(WordList::Determiner, i) && context.isNameWord(i + 1) &&
            sameSentence(context, i, i + 1)) {
            const std::size_t end = nameRunEnd(context, i + 1);
            if (holdsMastheadWord(context, i + 1, end)) {
                changed = claimOrganisation(candidates, i + 1, end) || changed;
                i = end - 1;
                continue;
            }
        }
        const std::size_t end =
            context.inList(WordList::OrgHead, i) ? bankEnd(context, candidates, i) : newspaperEnd(context, i);
        if (end > i) {
            changed = claimOrganisation(candidates, i, end) || changed;
            i = end - 1;
        }
    }
    return changed;
}

/// "Rai Cinema", "Sky Sport", "Mediaset Premium": the words a media group or a company names its channels and
/// divisions with. The channel words name no person even after a given name ("Sky Sport").
bool isChannelWord(std::string_view word) {
    constexpr std::array<std::string_view, 9> kChannels{"cinema",  "sport",   "news",  "tv",         "channel",
                                                        "premium", "fiction", "radio", "documentari"};
    return isOneOf(word, kChannels);
}

bool isDivisionWord(std::string_view word) {
    constexpr std::array<std::string_view, 13> kDivisions{"play",    "libri",   "edizioni", "group",  "holding",
                                                          "energia", "servizi", "vita",     "italia", "assicurazioni",
                                                          "storia",  "kids",    "motori"};
    return isChannelWord(word) || isOneOf(word, kDivisions);
}

void extendDivisions(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        Candidate& candidate = candidates[k];
        const std::size_t next = candidate.last;
        const std::string& lastWord = tokens[candidate.last - 1].folded;
        if (candidate.type == EntityType::Person && candidate.entry == kNone && candidate.last - candidate.first >= 2 &&
            (isChannelWord(lastWord) || (!context.isFirstName(candidate.first) && isDivisionWord(lastWord)))) {
            makeOrganisation(candidate);
            continue;
        }
        if (candidate.type != EntityType::Organization || next >= tokens.size() || !context.isNameWord(next) ||
            tokens[next].allCaps || tokens[next].sentenceInitial || !sameSentence(context, candidate.first, next) ||
            !isDivisionWord(tokens[next].folded)) {
            continue;
        }
        // "Sky Italia": a place that only names the market goes into the company's name.
        const bool followedByOther = k + 1 < candidates.size() && candidates[k + 1].first == next;
        if (followedByOther && (candidates[k + 1].last != next + 1 || candidates[k + 1].type != EntityType::Place)) {
            continue;
        }
        candidate = organisation(candidate.first, next + 1);
        if (followedByOther) {
            candidates.erase(candidates.begin() + static_cast<std::ptrdiff_t>(k + 1));
        }
    }
}

/// "il sindaco di Monteverde", "l'assessore comunale di Aviano": the name after a town's office is the town.
bool afterTownOffice(const Context& context, std::size_t first) {
    constexpr std::array<std::string_view, 10> kOffices{"sindaco",     "sindaca",    "vicesindaco", "vicesindaca",
                                                        "prosindaco",  "assessore",  "assessora",   "consigliere",
                                                        "consigliera", "consiglieri"};
    if (lowercaseBefore(context, first) != "di") {
        return false;
    }
    const std::size_t office = wordBefore(context, first, 2);
    if (office == std::string::npos || context.isNameWord(office)) {
        return false;
    }
    const std::size_t noun = context.inList(WordList::OrgAdjective, office) ? wordBefore(context, office) : office;
    return noun != std::string::npos && !context.isNameWord(noun) &&
           isOneOf(std::string_view(context.tokens()[noun].folded), kOffices);
}

void typeTownsAfterOffices(const Context& context, std::vector<Candidate>& candidates) {
    for (Candidate& candidate : candidates) {
        const bool known = candidate.entry != kNone && !candidate.surnameOnly;
        const bool person = candidate.type == EntityType::Person && !candidate.typeIsGuess &&
                            context.isFirstName(candidate.first) && candidate.last - candidate.first >= 2;
        if (candidate.type == EntityType::Place || candidate.type == EntityType::Treaty || known || person ||
            context.tokens()[candidate.first].allCaps || !afterTownOffice(context, candidate.first) ||
            anyInList(context, WordList::OrgHead, candidate.first, candidate.last)) {
            continue;
        }
        candidate.type = EntityType::Place;
        candidate.entry = kNone;
        candidate.surnameOnly = false;
        candidate.typeIsGuess = false;
        candidate.confidence = 0.6;
    }
}

/// "il consiglio di amministrazione", "il consiglio direttivo": a company's or a club's board.
bool isBoard(const Context& context, std::size_t noun) {
    const auto& tokens = context.tokens();
    const std::size_t next = noun + 1;
    if (!isLowercaseWord(context, next) || !sameSentence(context, noun, next)) {
        return false;
    }
    constexpr std::array<std::string_view, 4> kBoards{"amministrazione", "sorveglianza", "gestione", "indirizzo"};
    const std::string& word = tokens[next].folded;
    if (word == "direttivo") {
        return true;
    }
    return (word == "di" || word == "d'") && isLowercaseWord(context, next + 1) &&
           sameSentence(context, noun, next + 1) && isOneOf(std::string_view(tokens[next + 1].folded), kBoards);
}

void dropBoards(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    const auto isCouncil = [&](const Candidate& c) {
        return c.type == EntityType::Organization && c.entry == kNone && !context.isNameWord(c.first) &&
               tokens[c.first].folded == "consiglio";
    };
    if (std::none_of(candidates.begin(), candidates.end(), isCouncil)) {
        return;
    }
    // Once the text speaks of a board, "il consiglio" alone is that board too.
    bool speaksOfBoard = false;
    for (std::size_t i = 0; i + 1 < tokens.size() && !speaksOfBoard; ++i) {
        speaksOfBoard = tokens[i].folded == "consiglio" && isBoard(context, i);
    }
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [&](const Candidate& c) {
                                        return isCouncil(c) && (speaksOfBoard || isBoard(context, c.first));
                                    }),
                     candidates.end());
}

} // namespace

void applyItalianBusinessContext(const Context& context, std::vector<Candidate>& candidates) {
    if (context.language != "it") {
        return;
    }
    typeBusinessNames(context, candidates);
    if (claimHeadedNames(context, candidates)) {
        sortByPosition(candidates);
    }
    extendDivisions(context, candidates);
    typeTownsAfterOffices(context, candidates);
    dropBoards(context, candidates);
}

} // namespace annalist::core::ner
