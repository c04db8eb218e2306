// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/team_rules.h"

#include "ner/match_rules.h"
#include "ner/token_skip.h"
#include "ner/word_entries.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace annalist::core::ner {

namespace {

// Folded words that put a sentence on a pitch: matches, results, people and places of team sports (it, en).
constexpr std::array<std::string_view, 44> kSportWords{
    "partita",    "partite",    "gol",       "goal",    "campionato",    "derby",      "pareggio",   "pareggia",
    "pareggiato", "vittoria",   "sconfitta", "battuto", "sconfitto",     "allenatore", "squadra",    "squadre",
    "scudetto",   "classifica", "calcio",    "stadio",  "tifosi",        "giocatore",  "attaccante", "centrocampista",
    "difensore",  "portiere",   "trasferta", "playoff", "retrocessione", "militato",   "militava",   "mister",
    "rigore",     "semifinale", "match",     "league",  "striker",       "goalkeeper", "stadium",    "fixture",
    "rugby",      "basket",     "pallavolo", "coppa"};

// Cities whose Italian name takes a masculine article of its own: "il Cairo", "il Pireo".
constexpr std::array<std::string_view, 2> kCitiesWithArticle{"cairo", "pireo"};

// Articles and articulated prepositions that are masculine singular: cities are feminine in Italian and take
// none, so "il Parma", "del Milan", "al Rovigo" name the club.
constexpr std::array<std::string_view, 13> kMasculineArticles{"il",    "lo",  "del",   "dello", "al",    "allo", "dal",
                                                              "dallo", "nel", "nello", "sul",   "sullo", "col"};
constexpr std::array<std::string_view, 6> kFeminineArticles{"la", "della", "alla", "dalla", "nella", "sulla"};

/// The key of a one-word place the gazetteer knows, or empty.
std::string_view placeKey(const Context& context, const Candidate& name) {
    if (name.type != EntityType::Place || name.entry == kNone || name.last - name.first != 1) {
        return {};
    }
    return context.image().string(context.image().entry(name.entry).key);
}

/// A city, or an Italian province, which bears its city's name ("region:IT-PR" is Parma).
bool isCity(std::string_view key) {
    constexpr std::string_view kItalianSubdivision = "region:IT-";
    const bool province = key.rfind(kItalianSubdivision, 0) == 0 && key.size() == kItalianSubdivision.size() + 2 &&
                          std::isalpha(static_cast<unsigned char>(key.back())) != 0;
    return key.rfind("city:", 0) == 0 || province;
}

/// "la Lazio": a region whose name ends in -o is masculine, and a feminine article before it says the club.
bool isMasculineRegion(const Context& context, const Candidate& name, std::string_view key) {
    const std::string& folded = context.tokens()[name.first].folded;
    return key.rfind("region:", 0) == 0 && !folded.empty() && folded.back() == 'o';
}

/// The article right before the name, lowercase or opening the sentence; empty when there is none.
std::string_view articleBefore(const Context& context, std::size_t first) {
    const auto& tokens = context.tokens();
    if (first == 0 || tokens[first - 1].sentence != tokens[first].sentence || !tokens[first - 1].isWord()) {
        return {};
    }
    const Token& article = tokens[first - 1];
    const bool lowercase = !article.capitalized && !article.allCaps;
    return lowercase || article.sentenceInitial ? std::string_view(article.folded) : std::string_view{};
}

bool isGoalCount(std::string_view text) {
    return !text.empty() && text.size() <= 2 && text.find_first_not_of("0123456789") == std::string_view::npos;
}

/// "2-1", "2 - 1": a result (not "12:50", not "1980-81").
bool isScore(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    const std::string_view text = tokens[i].text;
    const std::size_t dash = text.find('-');
    if (dash != std::string_view::npos) {
        return isGoalCount(text.substr(0, dash)) && isGoalCount(text.substr(dash + 1));
    }
    return i + 2 < tokens.size() && isGoalCount(text) && tokens[i + 1].text == "-" && isGoalCount(tokens[i + 2].text);
}

/// True when the sentence of token `at` speaks of a match: a sport word or a score.
bool inSportSentence(const Context& context, std::size_t at) {
    const auto& tokens = context.tokens();
    const std::size_t sentence = tokens[at].sentence;
    std::size_t begin = at;
    while (begin > 0 && tokens[begin - 1].sentence == sentence) {
        --begin;
    }
    for (std::size_t i = begin; i < tokens.size() && tokens[i].sentence == sentence; ++i) {
        if ((tokens[i].isWord() && isOneOf(tokens[i].folded, kSportWords)) || isScore(context, i)) {
            return true;
        }
    }
    return false;
}

void makeTeam(Candidate& name) {
    name = Candidate{name.first, name.last, EntityType::Organization, kNone, Origin::Rule, 0.6, false};
}

/// "Juventus - Milan": two names joined by a lone dash, one of them a club or the sentence about sport.
void applyFixtures(const Context& context, std::vector<Candidate>& names) {
    const auto& tokens = context.tokens();
    for (std::size_t k = 0; k + 1 < names.size(); ++k) {
        Candidate& home = names[k];
        Candidate& away = names[k + 1];
        const bool joined = away.first == home.last + 1 && tokens[home.last].text == "-" &&
                            tokens[home.last].sentence == tokens[away.first].sentence;
        if (!joined || home.type == EntityType::Person || away.type == EntityType::Person) {
            continue;
        }
        const bool club = home.type == EntityType::Organization || away.type == EntityType::Organization;
        if (!club && !inSportSentence(context, home.first)) {
            continue;
        }
        for (Candidate* side : {&home, &away}) {
            if (side->type == EntityType::Place) {
                makeTeam(*side);
            }
        }
    }
}

/// "argentina" after "Nazionale": a lowercase word that names a country when capitalised, which Italian writes for
/// the nationality when the adjective and the country share their form.
bool isCountryWord(const Context& context, std::size_t token) {
    const GazetteerImage& image = context.image();
    return namesEntry(image, context.tokens()[token].id,
                      [&](const EntryRecord& record) { return image.string(record.key).rfind("country:", 0) == 0; });
}

bool namesWhoseTeam(const Context& context, std::size_t token) {
    return context.tokens()[token].isWord() && !context.isNameWord(token) &&
           (context.inList(WordList::Demonym, token) || context.tokens()[token].folded == "azzurra" ||
            isCountryWord(context, token));
}

/// "la Nazionale", "Nazionale argentina", "la Nazionale azzurra": the national team, with the nationality or the
/// colour that says whose. Not inside a longer name ("Comitato Olimpico Nazionale").
void addNationalTeams(const Context& context, std::vector<Candidate>& names) {
    const auto& tokens = context.tokens();
    const std::uint32_t nazionale = context.image().tokenId("nazionale");
    if (nazionale == kNone) {
        return;
    }
    std::vector<Candidate> teams;
    const auto capitalNazionale = [&](const Token& token) { return token.id == nazionale && token.capitalized; };
    for (std::size_t i = nextTokenThat(tokens, 0, capitalNazionale); i < tokens.size();
         i = nextTokenThat(tokens, i + 1, capitalNazionale)) {
        const bool sameBefore = i > 0 && tokens[i - 1].sentence == tokens[i].sentence;
        if (sameBefore && context.isNameWord(i - 1) && !tokens[i - 1].sentenceInitial) {
            continue;
        }
        std::size_t last = i + 1;
        const bool sameAfter = last < tokens.size() && tokens[last].sentence == tokens[i].sentence;
        if (sameAfter && tokens[last].isWord() && context.isNameWord(last) &&
            !context.inList(WordList::Demonym, last)) {
            continue;
        }
        if (sameAfter && namesWhoseTeam(context, last)) {
            ++last;
        }
        const bool free = std::none_of(names.begin(), names.end(),
                                       [&](const Candidate& name) { return name.first < last && i < name.last; });
        if (free) {
            teams.push_back(Candidate{i, last, EntityType::Organization, kNone, Origin::Rule, 0.6, false});
        }
    }
    if (!teams.empty()) {
        names.insert(names.end(), teams.begin(), teams.end());
        sortByPosition(names);
    }
}

// Capitalised sport names that open a club's name before its city: "Rugby Roma", "Basket Treviso".
constexpr std::array<std::string_view, 8> kSportNames{"rugby",  "basket",        "volley", "pallavolo",
                                                      "calcio", "pallacanestro", "hockey", "pallanuoto"};

/// "Rugby Roma", "Basket Treviso": a sport's name before a place is the club of that place; the place grows to take
/// it in, and a candidate the sport's word made of itself ("Rugby" is also an English town) goes.
void absorbSportNames(const Context& context, std::vector<Candidate>& names) {
    const auto& tokens = context.tokens();
    for (std::size_t k = 0; k < names.size(); ++k) {
        const std::size_t first = names[k].first;
        if (names[k].type != EntityType::Place || first == 0 || tokens[first - 1].sentence != tokens[first].sentence ||
            !tokens[first - 1].capitalized || !isOneOf(tokens[first - 1].folded, kSportNames)) {
            continue;
        }
        names[k] = Candidate{first - 1, names[k].last, EntityType::Organization, kNone, Origin::Rule, 0.6, false};
        if (k > 0 && names[k - 1].first == first - 1) {
            names.erase(names.begin() + static_cast<std::ptrdiff_t>(k - 1));
            --k;
        }
    }
}

// Verbs and prepositions that put two teams face to face in a result: "Arsenal beat Chelsea 2-1", "Juventus batte
// Napoli 2-1", "lost to Everton", "contro il Napoli".
constexpr std::array<std::string_view, 20> kMatchWords{
    "beat",  "beats",   "defeated",  "defeat", "edged",    "thrashed", "drew",     "lost",   "against", "vs",
    "batte", "battuto", "sconfigge", "supera", "superato", "travolge", "pareggia", "contro", "piega",   "espugna"};

bool isMatchWord(const Context& context, std::size_t i) {
    const Token& token = context.tokens()[i];
    return token.isWord() && !token.capitalized && isOneOf(token.folded, kMatchWords);
}

/// True when a match word stands right before or after the name, or before the "with"/"to" that joins it
/// ("drew with Everton").
bool nextToMatchWord(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    const auto same = [&](std::size_t i) {
        return i < tokens.size() && tokens[i].sentence == tokens[name.first].sentence;
    };
    if (same(name.last) && isMatchWord(context, name.last)) {
        return true;
    }
    if (name.first == 0 || !same(name.first - 1)) {
        return false;
    }
    if (isMatchWord(context, name.first - 1)) {
        return true;
    }
    const std::string& joiner = tokens[name.first - 1].folded;
    return (joiner == "with" || joiner == "to") && name.first >= 2 && same(name.first - 2) &&
           isMatchWord(context, name.first - 2);
}

bool hasScore(const Context& context, std::size_t at) {
    const auto& tokens = context.tokens();
    std::size_t begin = at;
    while (begin > 0 && tokens[begin - 1].sentence == tokens[at].sentence) {
        --begin;
    }
    for (std::size_t i = begin; i < tokens.size() && tokens[i].sentence == tokens[at].sentence; ++i) {
        if (isScore(context, i)) {
            return true;
        }
    }
    return false;
}

/// True when `name` follows `before` with only "di" between: "la Lazio di Sarri", "il Napoli di Conte".
bool ownedByNameBefore(const Context& context, const Candidate& before, const Candidate& name) {
    const auto& tokens = context.tokens();
    return before.last + 1 == name.first && tokens[before.last].folded == "di" &&
           tokens[before.last].sentence == tokens[name.first].sentence && before.type != EntityType::Person;
}

/// "Arsenal beat Chelsea 2-1", "Liverpool drew with Everton 1-1": a one-word place, or a name taken for a person
/// only by default, next to a match word in a sentence with a result is a team.
void applyResults(const Context& context, std::vector<Candidate>& names) {
    for (std::size_t k = 0; k < names.size(); ++k) {
        Candidate& name = names[k];
        // "la Lazio di Sarri pareggia 1-1": a name after a club's name and "di" is its coach or its owner.
        if (k > 0 && ownedByNameBefore(context, names[k - 1], name)) {
            continue;
        }
        // English news annotation keeps a country's side a place; Italian makes it the team.
        const bool englishNation = context.language == "en" && isNation(placeKey(context, name));
        const bool guessable =
            name.last - name.first == 1 && !englishNation &&
            (name.type == EntityType::Place || (name.type == EntityType::Person && name.typeIsGuess));
        if (guessable && nextToMatchWord(context, name) && hasScore(context, name.first)) {
            makeTeam(name);
        }
    }
}

} // namespace

void applyTeamContext(const Context& context, std::vector<Candidate>& names) {
    for (Candidate& name : names) {
        const std::string_view key = placeKey(context, name);
        if (key.empty()) {
            continue;
        }
        // "il Rom": a word that also names a people is one of them after an article, not a club.
        if (context.inList(WordList::Demonym, name.first)) {
            continue;
        }
        const std::string_view article = articleBefore(context, name.first);
        const bool masculine = isCity(key) && isOneOf(article, kMasculineArticles) &&
                               !isOneOf(context.tokens()[name.first].folded, kCitiesWithArticle);
        const bool feminine = (isCity(key) || isMasculineRegion(context, name, key)) &&
                              isOneOf(article, kFeminineArticles) && inSportSentence(context, name.first);
        if (masculine || feminine) {
            makeTeam(name);
        }
    }
    absorbSportNames(context, names);
    applyResults(context, names);
    applyFixtures(context, names);
    addNationalTeams(context, names);
}

} // namespace annalist::core::ner
