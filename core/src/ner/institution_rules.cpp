// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/institution_rules.h"

#include "ner/token_skip.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace annalist::core::ner {

namespace {

bool isLowercaseWord(const Context& context, std::size_t i) {
    return context.tokens()[i].isWord() && !context.isNameWord(i);
}

/// "l'attuale governo", "la stessa polizia": a word that points at the institution already in office.
bool isPointingAdjective(const Token& token) {
    const std::string_view word = token.folded;
    return word == "attuale" || word == "attuali" || word == "stesso" || word == "stessa" || word == "precedente";
}

/// "il governo", "Il governo cinese", "l'attuale governo": the article may open the sentence.
bool afterArticle(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    if (i > 1 && tokens[i - 1].sentence == tokens[i].sentence && isLowercaseWord(context, i - 1) &&
        isPointingAdjective(tokens[i - 1])) {
        --i;
    }
    if (i == 0 || tokens[i - 1].sentence != tokens[i].sentence || !context.inList(WordList::Determiner, i - 1)) {
        return false;
    }
    return isLowercaseWord(context, i - 1) || (tokens[i - 1].sentenceInitial && tokens[i - 1].capitalized);
}

/// "la legge passa in senato", "torna in parlamento": a parliament's house after a bare "in".
bool inParliament(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    return i > 0 && tokens[i - 1].sentence == tokens[i].sentence && tokens[i - 1].folded == "in" &&
           (tokens[i].folded == "senato" || tokens[i].folded == "parlamento");
}

bool followedByName(const Context& context, std::size_t next) {
    const auto& tokens = context.tokens();
    return next < tokens.size() && context.isNameWord(next) && !tokens[next].sentenceInitial;
}

/// "il parlamento greco", "la polizia ucraina": nationalities the demonym list leaves out because they are also a
/// name (Greco, Ucraina, Argentina) are adjectives all the same in lowercase after an institution.
bool isNameLikeNationality(const Token& token) {
    constexpr std::array<std::string_view, 12> kForms{"greco",    "albanese",  "giordano",  "giordani",
                                                      "ucraina",  "argentina", "argentine", "eritrea",
                                                      "svizzera", "indiana",   "bulgari",   "filippine"};
    return std::find(kForms.begin(), kForms.end(), std::string_view(token.folded)) != kForms.end();
}

/// Index after the lowercase nationality and institutional adjectives that follow `from`.
std::size_t afterAdjectives(const Context& context, std::size_t from) {
    const auto& tokens = context.tokens();
    std::size_t next = from;
    while (next < tokens.size() && tokens[next].sentence == tokens[from - 1].sentence &&
           isLowercaseWord(context, next) &&
           (context.inList(WordList::Demonym, next) || context.inList(WordList::OrgAdjective, next) ||
            isNameLikeNationality(tokens[next]))) {
        ++next;
    }
    return next;
}

/// "le province di Parma, Reggio Emilia e Modena": a plural noun before a list of places belongs to none of them.
bool sharedByList(const Context& context, std::size_t noun, const Candidate& name) {
    constexpr std::array<std::string_view, 9> kPlurals{"province", "distretti", "regioni",  "contee",        "frazioni",
                                                       "comuni",   "quartieri", "municipi", "circoscrizioni"};
    const auto& tokens = context.tokens();
    const std::size_t next = name.last;
    if (std::find(kPlurals.begin(), kPlurals.end(), tokens[noun].folded) == kPlurals.end() || next >= tokens.size() ||
        tokens[next].sentence != tokens[noun].sentence) {
        return false;
    }
    const std::string& word = tokens[next].folded;
    return word == "," || word == "e" || word == "ed" || word == "and";
}

/// The administrative noun and connector right before `name` ("provincia di"), or npos.
std::size_t administrativeNounBefore(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    const std::size_t connector = name.first - 1;
    if (name.first < 2 || tokens[connector].sentence != tokens[name.first].sentence ||
        !isLowercaseWord(context, connector) || !context.inList(WordList::Connector, connector)) {
        return std::string::npos;
    }
    const std::size_t noun = connector - 1;
    const bool administrative = isLowercaseWord(context, noun) && context.inList(WordList::AdminNoun, noun) &&
                                tokens[noun].sentence == tokens[name.first].sentence;
    return administrative && !sharedByList(context, noun, name) ? noun : std::string::npos;
}

} // namespace

void absorbAdministrativeNouns(const Context& context, std::vector<Candidate>& names) {
    for (Candidate& name : names) {
        if (name.type != EntityType::Place) {
            continue;
        }
        const std::size_t noun = administrativeNounBefore(context, name);
        if (noun != std::string::npos) {
            // The area is not the city it is named after: it keeps no link to the city's entry.
            name = Candidate{noun, name.last, EntityType::Place, kNone, Origin::Rule, 0.6, false};
        }
    }
}

void absorbUniversityNouns(const Context& context, std::vector<Candidate>& names) {
    constexpr std::array<std::string_view, 4> kUniversityNouns{"universita", "politecnico", "ateneo", "university"};
    const auto& tokens = context.tokens();
    for (Candidate& name : names) {
        if (name.type != EntityType::Place || name.first < 2) {
            continue;
        }
        const std::size_t connector = name.first - 1;
        const std::size_t noun = name.first - 2;
        const bool linked = isLowercaseWord(context, connector) && context.inList(WordList::Connector, connector) &&
                            tokens[noun].sentence == tokens[name.first].sentence && isLowercaseWord(context, noun);
        if (linked && std::find(kUniversityNouns.begin(), kUniversityNouns.end(), tokens[noun].folded) !=
                          kUniversityNouns.end()) {
            name = Candidate{noun, name.last, EntityType::Organization, kNone, Origin::Rule, 0.6, false};
        }
    }
}

std::vector<Candidate> findInstitutionNouns(const Context& context) {
    std::vector<Candidate> found;
    const auto& tokens = context.tokens();
    const auto listed = [](const Token& token) { return (token.flags & bitOf(WordList::InstitutionNoun)) != 0; };
    for (std::size_t i = nextTokenThat(tokens, 0, listed); i < tokens.size();
         i = nextTokenThat(tokens, i + 1, listed)) {
        if (!isLowercaseWord(context, i) || !(afterArticle(context, i) || inParliament(context, i))) {
            continue;
        }
        const std::size_t last = afterAdjectives(context, i + 1);
        if (followedByName(context, last)) {
            continue;
        }
        found.push_back(Candidate{i, last, EntityType::Organization, kNone, Origin::Rule, 0.4, false});
    }
    return found;
}

} // namespace annalist::core::ner
