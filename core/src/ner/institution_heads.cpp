// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/institution_heads.h"

#include "ner/cue_words.h"
#include "ner/name_cues.h"
#include "ner/token_skip.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// Definite articles, alone or joined to a preposition: what makes "la Corte" the one court of the story.
bool isDefiniteArticle(std::string_view word) {
    constexpr std::array<std::string_view, 45> kDefinite{
        "il",    "lo",    "la",    "l'",    "i",     "gli",   "le",    "del",   "dello", "della", "dell'", "dei",
        "degli", "delle", "al",    "allo",  "alla",  "all'",  "ai",    "agli",  "alle",  "dal",   "dallo", "dalla",
        "dall'", "dai",   "dagli", "dalle", "nel",   "nello", "nella", "nell'", "nei",   "negli", "nelle", "sul",
        "sullo", "sulla", "sull'", "sui",   "sugli", "sulle", "col",   "coi",   "the"};
    return std::find(kDefinite.begin(), kDefinite.end(), word) != kDefinite.end();
}

/// "la Banca", "il Gruppo", "il Museo": heads of companies, teams and buildings, which a capital alone does not make
/// the one of the story.
bool isBusinessOrFacilityHead(std::string_view word) {
    constexpr std::array<std::string_view, 16> kHeads{
        "banca",  "societa",  "compagnia", "gruppo",  "squadra",     "club",     "scuola",     "museo",
        "teatro", "ospedale", "orchestra", "holding", "televisione", "giornale", "quotidiano", "radio"};
    return std::find(kHeads.begin(), kHeads.end(), word) != kHeads.end();
}

/// "ministero", "dipartimento", "ministry": lowercase nouns of a government department, named by its portfolio.
bool isMinistryNoun(std::string_view word) {
    constexpr std::array<std::string_view, 6> kMinistries{"ministero", "ministeri",  "dipartimento",
                                                          "ministry",  "department", "departments"};
    return std::find(kMinistries.begin(), kMinistries.end(), word) != kMinistries.end();
}

/// Index after up to `reach` lowercase connectors and articles from `from` ("di", "della", "of the"); `from` when
/// none follows.
std::size_t afterLinkingWords(const Context& context, std::size_t from, std::size_t reach) {
    const auto& tokens = context.tokens();
    std::size_t next = from;
    while (next < tokens.size() && next - from < reach && isLowercaseWord(context, next) &&
           sameSentence(context, from, next) &&
           (context.inList(WordList::Connector, next) || context.inList(WordList::Determiner, next))) {
        ++next;
    }
    return next;
}

/// The end of the capitalised portfolio that starts at `first` ("Affari Esteri", "Politiche Agricole e Forestali"),
/// or `first` when no portfolio starts there.
std::size_t portfolioEnd(const Context& context, std::size_t first) {
    const auto& tokens = context.tokens();
    std::size_t end = first;
    std::size_t next = first;
    while (next < tokens.size() && context.isNameWord(next) && !tokens[next].sentenceInitial &&
           sameSentence(context, first, next) && context.inList(WordList::Portfolio, next)) {
        end = next + 1;
        // "delle Politiche Agricole e Forestali": "e" joins two words of one portfolio.
        const std::size_t after = end < tokens.size() && isLowercaseWord(context, end) &&
                                          context.inList(WordList::OrgConnector, end) &&
                                          !context.inList(WordList::Connector, end)
                                      ? end + 1
                                      : end;
        next = after;
    }
    return end;
}

/// Index after the lowercase nationality and institutional adjectives from `from` ("iracheno", "federale").
std::size_t afterLowercaseAdjectives(const Context& context, std::size_t from) {
    const auto& tokens = context.tokens();
    std::size_t next = from;
    while (next < tokens.size() && sameSentence(context, from - 1, next) && isLowercaseWord(context, next) &&
           (context.inList(WordList::Demonym, next) || context.inList(WordList::OrgAdjective, next))) {
        ++next;
    }
    return next;
}

/// Index after the lowercase words that go on with a capitalised portfolio ending at `end` ("Affari | esteri",
/// "Beni | culturali", "Affari | costituzionali"), or `end` when the word before it is no portfolio.
std::size_t afterPortfolioTail(const Context& context, std::size_t end) {
    const auto& tokens = context.tokens();
    if (end == 0 || !context.isNameWord(end - 1) || !context.inList(WordList::Portfolio, end - 1)) {
        return end;
    }
    std::size_t next = end;
    while (next < tokens.size() && next - end < 2 && sameSentence(context, end - 1, next) &&
           isLowercaseWord(context, next) &&
           (context.inList(WordList::Portfolio, next) || context.inList(WordList::OrgAdjective, next))) {
        ++next;
    }
    return next;
}

/// Adjectives of the political families that close the names of parties and movements.
bool isPoliticalAdjective(std::string_view word) {
    constexpr std::array<std::string_view, 26> kAdjectives{
        "popolare",     "popolari",     "democratico",  "democratica", "democratici", "democratiche", "repubblicano",
        "repubblicana", "socialista",   "socialisti",   "comunista",   "comunisti",   "liberale",     "liberali",
        "progressista", "progressisti", "radicale",     "radicali",    "operaio",     "operaia",      "cristiano",
        "cristiana",    "cristiani",    "nazionalista", "ecologista",  "libertaria"};
    return std::find(kAdjectives.begin(), kAdjectives.end(), word) != kAdjectives.end();
}

/// Lowercase services named by the nationality after them: "le forze russe", "la guardia costiera americana".
/// Returns the index of the nationality, or npos.
std::size_t nationalityOfService(const Context& context, std::size_t noun) {
    constexpr std::array<std::string_view, 2> kServices{"forze", "guardia"};
    constexpr std::array<std::string_view, 7> kKinds{"armate",    "speciali", "aeree",    "navali",
                                                     "terrestri", "costiera", "nazionale"};
    const auto& tokens = context.tokens();
    if (!isLowercaseWord(context, noun) ||
        std::find(kServices.begin(), kServices.end(), tokens[noun].folded) == kServices.end()) {
        return std::string::npos;
    }
    std::size_t next = noun + 1;
    if (next < tokens.size() && isLowercaseWord(context, next) &&
        std::find(kKinds.begin(), kKinds.end(), tokens[next].folded) != kKinds.end()) {
        ++next;
    }
    // "la guardia" alone is a guard; "la guardia costiera" needs its nationality too.
    const bool national = next < tokens.size() && sameSentence(context, noun, next) && isLowercaseWord(context, next) &&
                          context.inList(WordList::Demonym, next);
    return national && (tokens[noun].folded == "forze" || next > noun + 1) ? next : std::string::npos;
}

/// "in serie A", "della serie B": the lowercase "serie" before the letter of an Italian football division.
bool isLeagueDivision(const Context& context, std::size_t noun) {
    const auto& tokens = context.tokens();
    const std::size_t letter = noun + 1;
    if (letter >= tokens.size() || !isLowercaseWord(context, noun) || tokens[noun].folded != "serie" ||
        !sameSentence(context, noun, letter)) {
        return false;
    }
    const std::string& text = tokens[letter].text;
    return text.size() == 1 && text[0] >= 'A' && text[0] <= 'D';
}

bool startsCandidate(const std::vector<Candidate>& names, std::size_t token) {
    return std::any_of(names.begin(), names.end(), [&](const Candidate& name) { return name.first == token; });
}

} // namespace

bool namesInstitutionAfterArticle(const Context& context, std::size_t head) {
    const auto& tokens = context.tokens();
    const Token& token = tokens[head];
    if (context.language == "en" || !token.capitalized || token.allCaps || token.sentenceInitial ||
        !context.inList(WordList::OrgHead, head) || isBusinessOrFacilityHead(token.folded)) {
        return false;
    }
    const std::size_t before = wordBefore(context, head);
    // "La Regione spiega": the article may open the sentence; "il Presidente Della Repubblica" writes it with a
    // capital.
    if (before == std::string::npos || tokens[before].allCaps || !isDefiniteArticle(tokens[before].folded)) {
        return false;
    }
    // "via della Repubblica": the article belongs to a street's name.
    const std::size_t street = wordBefore(context, before);
    if (street != std::string::npos && isLowercaseWord(context, street) &&
        context.inList(WordList::StreetPrefix, street)) {
        return false;
    }
    // "nella Provincia | del Capo Occidentale": a head word cut from the name after it is no name alone.
    const std::size_t after = head + 1;
    const bool cutFromName = after + 1 < tokens.size() && isLowercaseWord(context, after) &&
                             context.inList(WordList::Connector, after) && context.isNameWord(after + 1) &&
                             sameSentence(context, head, after + 1);
    return !cutFromName;
}

std::size_t afterOpeningBeforeInstitution(const Context& context, std::size_t first, std::size_t last,
                                          const std::vector<Candidate>& known) {
    const auto& tokens = context.tokens();
    constexpr std::uint64_t kNameLike =
        bitOf(WordList::Proper) | bitOf(WordList::FirstName) | bitOf(WordList::Surname) | bitOf(WordList::OrgHead) |
        bitOf(WordList::PlaceHead) | bitOf(WordList::TreatyHead) | bitOf(WordList::EventHead) |
        bitOf(WordList::Demonym) | bitOf(WordList::Compass) | bitOf(WordList::NamePrefix);
    const Token& opening = tokens[first];
    // "il Presidente | Della Repubblica": a preposition written with a capital inside a sentence opens no name.
    const bool capitalPreposition = !opening.sentenceInitial && context.inList(WordList::Connector, first) &&
                                    opening.folded.size() > 2 && opening.folded.rfind("de", 0) == 0;
    if (capitalPreposition && first + 1 < last && context.inList(WordList::OrgHead, first + 1)) {
        return first + 1;
    }
    const bool ordinary = opening.sentenceInitial && !opening.allCaps &&
                          (opening.flags & bitOf(WordList::Common)) != 0 && (opening.flags & kNameLike) == 0;
    if (!ordinary || first + 2 >= last || context.isNameWord(first + 1)) {
        return first;
    }
    const bool seenAsName =
        context.midSentenceCapitals != nullptr && context.midSentenceCapitals->count(opening.folded) != 0;
    if (seenAsName) {
        return first;
    }
    const bool coversOpening = std::any_of(
        known.begin(), known.end(), [&](const Candidate& name) { return name.first <= first && first < name.last; });
    const std::size_t name = afterLinkingWords(context, first + 1, 2);
    if (coversOpening || name == first + 1 || name >= last || !context.isNameWord(name)) {
        return first;
    }
    const bool knownOrganisation = std::any_of(known.begin(), known.end(), [&](const Candidate& candidate) {
        return candidate.first == name && candidate.type == EntityType::Organization;
    });
    const bool institution = context.inList(WordList::OrgHead, name) && !context.inList(WordList::EventHead, name);
    // "Differentemente | dalla Thyssen-Krupp": a word no list knows after the connector is the name.
    const bool unknown = tokens[name].id == kNone && !tokens[name].allCaps && name + 1 == last;
    return institution || knownOrganisation || unknown ? name : first;
}

bool namesPartyByAdjective(const Context& context, std::size_t first, std::size_t last) {
    constexpr std::size_t kMaxWords = 3;
    const auto& tokens = context.tokens();
    if (context.language == "en" || last - first < 2 || last - first > kMaxWords || tokens[first].sentenceInitial ||
        context.isFirstName(first) || hasConnector(context, first, last)) {
        return false;
    }
    return isPoliticalAdjective(tokens[last - 1].folded) && !tokens[last - 1].allCaps;
}

std::vector<Candidate> findForcesAndLeagues(const Context& context) {
    std::vector<Candidate> found;
    const auto& tokens = context.tokens();
    // Every token passes here: its length and first letter rule out all but "serie", "forze" and "guardia".
    const auto shaped = [](const Token& token) {
        const std::string& word = token.folded;
        return (word.size() == 5 && (word.front() == 's' || word.front() == 'f')) ||
               (word.size() == 7 && word.front() == 'g');
    };
    for (std::size_t i = nextTokenThat(tokens, 0, shaped); i + 1 < tokens.size();
         i = nextTokenThat(tokens, i + 1, shaped)) {
        if (context.isNameWord(i)) {
            continue;
        }
        if (isLeagueDivision(context, i)) {
            found.push_back(Candidate{i, i + 2, EntityType::Organization, kNone, Origin::Rule, 0.6, false});
            ++i;
            continue;
        }
        const std::size_t nationality = nationalityOfService(context, i);
        if (nationality != std::string::npos) {
            found.push_back(Candidate{i, nationality + 1, EntityType::Organization, kNone, Origin::Rule, 0.5, false});
            i = nationality;
        }
    }
    return found;
}

void absorbMinistryNouns(const Context& context, std::vector<Candidate>& names) {
    const auto& tokens = context.tokens();
    bool changed = false;
    // The ministry nouns are head words: the list's bit rules out almost every token at once.
    const auto head = [](const Token& token) { return (token.flags & bitOf(WordList::OrgHead)) != 0; };
    for (std::size_t i = nextTokenThat(tokens, 0, head); i + 2 < tokens.size();
         i = nextTokenThat(tokens, i + 1, head)) {
        if (!isLowercaseWord(context, i) || !isMinistryNoun(tokens[i].folded)) {
            continue;
        }
        const std::size_t portfolio = afterLinkingWords(context, i + 1, 2);
        if (portfolio == i + 1 || portfolio >= tokens.size() || !sameSentence(context, i, portfolio)) {
            continue;
        }
        const std::size_t end = portfolioEnd(context, portfolio);
        if (end == portfolio) {
            continue;
        }
        const std::size_t last = afterLowercaseAdjectives(context, afterPortfolioTail(context, end));
        // A name that runs on past the portfolio ("ministero degli Esteri Luigi Rossi" is cut apart already) is left.
        const bool crossed = std::any_of(names.begin(), names.end(), [&](const Candidate& name) {
            return name.first < last && i < name.last && (name.first < i || name.last > last);
        });
        if (crossed) {
            continue;
        }
        names.erase(std::remove_if(names.begin(), names.end(),
                                   [&](const Candidate& name) { return name.first >= i && name.last <= last; }),
                    names.end());
        names.push_back(Candidate{i, last, EntityType::Organization, kNone, Origin::Rule, 0.6, false});
        changed = true;
        i = last - 1;
    }
    if (changed) {
        sortByPosition(names);
    }
}

void extendOrganisationQualifiers(const Context& context, std::vector<Candidate>& names) {
    if (context.language == "en") {
        return;
    }
    const auto& tokens = context.tokens();
    for (Candidate& name : names) {
        if (name.type != EntityType::Organization) {
            continue;
        }
        std::size_t next = name.last;
        while (next < tokens.size() && context.isNameWord(next) && !tokens[next].allCaps &&
               !tokens[next].sentenceInitial && sameSentence(context, name.first, next) &&
               (context.inList(WordList::OrgAdjective, next) || context.inList(WordList::Demonym, next)) &&
               !context.inList(WordList::Title, next) && !startsCandidate(names, next)) {
            ++next;
        }
        // "il Consiglio Affari esteri", "la Commissione Affari costituzionali": a portfolio goes on in lowercase.
        next = afterPortfolioTail(context, next);
        if (next != name.last) {
            // "Protezione Civile Regionale" is another body than the national one its first words name.
            name.last = next;
            name.entry = kNone;
            name.origin = Origin::Rule;
        }
    }
}

} // namespace annalist::core::ner
