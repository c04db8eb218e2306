// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/club_rules.h"

#include "ner/match_rules.h"
#include "ner/match_scores.h"
#include "ner/name_cues.h"
#include "ner/token_skip.h"
#include "ner/word_entries.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace annalist::core::ner {

namespace {

// Sentences with a sport word or a score that make a whole text sports news.
constexpr std::size_t kSportsTextSentences = 3;

// Verbs of a result whose subject and object are the two sides: "Cuneo espugna Bergamo", "Leeds thrashed Hull".
constexpr std::array<std::string_view, 30> kResultVerbs{
    "batte",     "espugna",  "supera",  "sconfigge", "travolge", "piega",     "regola",   "liquida",
    "stende",    "doma",     "affonda", "battuto",   "superato", "sconfitto", "travolto", "piegato",
    "espugnato", "regolato", "beat",    "beats",     "edged",    "thrashed",  "defeated", "hammered",
    "routed",    "downed",   "crushed", "overcame",  "stunned",  "outclassed"};

// Verbs after the side that lost, drew or won, and auxiliaries before a result's participle: "Chieri cede a Busto
// Arsizio", "Treviso ha battuto Brescia".
constexpr std::array<std::string_view, 9> kSubjectVerbs{"cede", "perde", "pareggia", "vince",  "crolla",
                                                        "cade", "ha",    "aveva",    "avevano"};

// Verbs that set up a match only in sports news, and only between two sides: "Pesaro ospita Varese".
constexpr std::array<std::string_view, 14> kFixtureVerbs{"ospita", "riceve", "affronta", "sfida", "incontra",
                                                         "host",   "hosts",  "face",     "faces", "visit",
                                                         "visits", "play",   "plays",    "meets"};

// Prepositions that name the other side after a result: "cede a Perugia", "vince contro Modena", "drew with Bath".
struct ResultPair {
    std::string_view verb;
    std::string_view preposition;
};
constexpr std::array<ResultPair, 12> kResultPairs{{{"cede", "a"},
                                                   {"perde", "con"},
                                                   {"perde", "contro"},
                                                   {"pareggia", "con"},
                                                   {"pareggia", "contro"},
                                                   {"vince", "contro"},
                                                   {"vince", "su"},
                                                   {"ceduto", "a"},
                                                   {"perso", "con"},
                                                   {"perso", "contro"},
                                                   {"pareggiato", "con"},
                                                   {"vinto", "contro"}}};

// Words before "di X" that make X a club: "l'allenatore di Conegliano", "il presidente di Modena".
constexpr std::array<std::string_view, 22> kClubRoles{
    "allenatore", "allenatrice",    "tecnico",       "coach",          "presidente",    "capitano",
    "capitana",   "giocatore",      "giocatrice",    "giocatori",      "giocatrici",    "tifosi",
    "sportivo",   "patron",         "palleggiatore", "palleggiatrice", "schiacciatore", "schiacciatrice",
    "attaccante", "centrocampista", "dirigenti",     "dirigente"};

// Words after X, or before "of X", that make X a club in English: "Northampton coach Tom Haskell".
constexpr std::array<std::string_view, 18> kEnglishClubRoles{
    "coach",  "manager",  "captain",    "boss", "skipper",    "striker",  "goalkeeper", "midfielder", "defender",
    "winger", "fly-half", "scrum-half", "fans", "supporters", "chairman", "owner",      "players",    "player"};

// Capitalised words that make a name a club's: "Vero Volley", "Rugby Roma", "FC Porto".
constexpr std::array<std::string_view, 14> kClubWords{
    "volley", "basket", "pallavolo", "pallacanestro", "calcio", "rugby", "hockey", "pallanuoto",
    "fc",     "afc",    "ac",        "ssc",           "asd",    "team"};

// Names of team sports: a text with one of them tells a volleyball set, not a tennis one.
constexpr std::array<std::string_view, 13> kTeamSports{
    "pallavolo", "volley", "volleyball", "superlega", "basket", "basketball", "pallacanestro",
    "rugby",     "calcio", "football",   "soccer",    "hockey", "pallanuoto"};

// Section words a sports page heads its items with: "Pallavolo", "Rugby union".
constexpr std::array<std::string_view, 14> kSectionWords{"pallavolo", "volley",   "basket",  "pallacanestro", "rugby",
                                                         "calcio",    "ciclismo", "hockey",  "tennis",        "sport",
                                                         "football",  "soccer",   "cycling", "basketball"};

/// Which sentences speak of sport, and whether the whole text does. The text is read the first time a rule asks, which
/// most texts, with no town beside a club's cue, never do.
class SportEvidence {
public:
    explicit SportEvidence(const Context& context) : m_context(context) {}
    [[nodiscard]] bool inSentence(const Token& token) const {
        read();
        return token.sentence < m_sentences.size() && m_sentences[token.sentence];
    }
    [[nodiscard]] bool around(const Token& token) const { return text() || inSentence(token); }
    [[nodiscard]] bool text() const {
        read();
        return m_text;
    }

private:
    void read() const {
        if (m_read) {
            return;
        }
        m_read = true;
        const auto& tokens = m_context.tokens();
        m_sentences.assign(m_context.tokenized.sentences.size() + 1, false);
        std::size_t count = 0;
        // Only a sport's word or a number (a score) is evidence.
        const auto mayTell = [](const Token& token) {
            return (token.flags & bitOf(WordList::SportWord)) != 0 || token.kind == TokenKind::Number;
        };
        for (std::size_t i = nextTokenThat(tokens, 0, mayTell); i < tokens.size();
             i = nextTokenThat(tokens, i + 1, mayTell)) {
            const Token& token = tokens[i];
            const bool word = m_context.inList(WordList::SportWord, i) && (!token.capitalized || token.sentenceInitial);
            if ((word || isScore(tokens, i)) && token.sentence < m_sentences.size() && !m_sentences[token.sentence]) {
                m_sentences[token.sentence] = true;
                ++count;
            }
        }
        m_text = count >= kSportsTextSentences;
    }

    const Context& m_context;
    mutable std::vector<bool> m_sentences;
    mutable bool m_read = false;
    mutable bool m_text = false;
};

bool sameSentence(const Context& context, std::size_t a, std::size_t b) {
    const auto& tokens = context.tokens();
    return a < tokens.size() && b < tokens.size() && tokens[a].sentence == tokens[b].sentence;
}

/// The lowercase word at `i` in the sentence of `at`, or empty.
std::string_view lowerWordAt(const Context& context, std::size_t i, std::size_t at) {
    if (!sameSentence(context, i, at)) {
        return {};
    }
    const Token& token = context.tokens()[i];
    return token.isWord() && !token.capitalized ? std::string_view(token.folded) : std::string_view{};
}

/// The gazetteer key of a known name, or empty.
std::string_view keyOf(const Context& context, const Candidate& name) {
    return name.entry == kNone ? std::string_view{} : context.image().string(context.image().entry(name.entry).key);
}

/// A town, a province or a region the gazetteer knows: what a club is named after. Nations field national teams.
bool isClubTown(const Context& context, const Candidate& name) {
    const std::string_view key = keyOf(context, name);
    return name.type == EntityType::Place && !key.empty() && !isNation(key);
}

/// A town, or a one-word name typed only by default (a town the gazetteer lacks), that may be a side.
bool maySideInMatch(const Context& context, const Candidate& name) {
    if (isClubTown(context, name)) {
        return true;
    }
    const bool guess = name.typeIsGuess && name.entry == kNone && name.last - name.first == 1;
    return guess && (name.type == EntityType::Place || name.type == EntityType::Person);
}

/// A one-word town an earlier rule made a club: "il Parma", "Miami" after "Miami will host".
bool isTownClub(const Context& context, const Candidate& name) {
    return name.type == EntityType::Organization && name.origin == Origin::Rule && name.entry == kNone &&
           name.last - name.first == 1 && namesPlace(context.image(), context.tokens()[name.first].id);
}

void makeClub(Candidate& name) {
    name = Candidate{name.first, name.last, EntityType::Organization, kNone, Origin::Rule, 0.65, false};
}

/// "Cuneo espugna Bergamo", "cede a Perugia", "contro Modena": the side of a result verb.
bool isResultSide(const Context& context, const Candidate& name, const SportEvidence& sport) {
    const std::size_t at = name.first;
    const std::string_view after = lowerWordAt(context, name.last, at);
    const std::string_view before = at > 0 ? lowerWordAt(context, at - 1, at) : std::string_view{};
    const std::string_view verb = at > 1 ? lowerWordAt(context, at - 2, at) : std::string_view{};
    const bool object = isOneOf(before, kResultVerbs) || before == "contro" || before == "against" ||
                        std::any_of(kResultPairs.begin(), kResultPairs.end(), [&](const ResultPair& pair) {
                            return pair.verb == verb && pair.preposition == before;
                        });
    // "Chieri cede a", "Treviso ha battuto": an auxiliary counts only before a result's participle.
    const bool auxiliary = after == "ha" || after == "aveva" || after == "avevano";
    // "la Lazio di Sarri pareggia": a name after another name and "di" is its coach or its owner, not the subject.
    const bool owner = before == "di" && at > 1 && context.isNameWord(at - 2);
    const bool subject = !afterPlacePreposition(context, at) && !owner &&
                         (isOneOf(after, kResultVerbs) ||
                          (isOneOf(after, kSubjectVerbs) &&
                           (!auxiliary || isOneOf(lowerWordAt(context, name.last + 1, at), kResultVerbs))));
    return (object || subject) && sport.around(context.tokens()[at]);
}

/// "Pesaro ospita Varese", "Miami will host Denver": a fixture verb between two sides, in sports news.
void applyFixtureVerbs(const Context& context, std::vector<Candidate>& names, const SportEvidence& sport,
                       std::vector<std::string>& clubTowns) {
    const auto& tokens = context.tokens();
    for (std::size_t k = 0; k + 1 < names.size(); ++k) {
        Candidate& home = names[k];
        Candidate& away = names[k + 1];
        const auto side = [&](const Candidate& name) {
            return maySideInMatch(context, name) || isTownClub(context, name);
        };
        if (!side(home) || !side(away) || afterPlacePreposition(context, home.first)) {
            continue;
        }
        // "Miami will host Denver": one auxiliary may stand before the verb.
        const std::size_t verb = away.first - 1;
        const bool gap = verb == home.last || (verb == home.last + 1 && !context.isNameWord(home.last));
        if (gap && sameSentence(context, home.first, away.first) && !tokens[verb].capitalized &&
            isOneOf(tokens[verb].folded, kFixtureVerbs) && sport.around(tokens[home.first])) {
            for (Candidate* side : {&home, &away}) {
                clubTowns.push_back(context.foldedKey(side->first, side->last));
                makeClub(*side);
            }
        }
    }
}

/// "l'allenatore di Conegliano", "Northampton coach Tom Haskell", "the captain of Bath": a club's people.
bool namesClubRole(const Context& context, const Candidate& name) {
    const std::size_t at = name.first;
    const std::string_view before = at > 0 ? lowerWordAt(context, at - 1, at) : std::string_view{};
    const std::string_view role = at > 1 ? lowerWordAt(context, at - 2, at) : std::string_view{};
    if (before == "di" && isOneOf(role, kClubRoles)) {
        return true;
    }
    if (context.language != "en") {
        return false;
    }
    std::string_view after = lowerWordAt(context, name.last, at);
    if (after == "head") {
        after = lowerWordAt(context, name.last + 1, at);
    }
    return isOneOf(after, kEnglishClubRoles) || (before == "of" && isOneOf(role, kEnglishClubRoles));
}

/// True when a capitalised word right before a town may belong to a sponsor's name before it ("Lumina", "Valsa
/// Group"): not a function word, a date, a direction, a place's head word or a word opening the sentence.
bool maySponsor(const Context& context, std::size_t i) {
    const Token& token = context.tokens()[i];
    constexpr std::uint64_t kNever = bitOf(WordList::Stopword) | bitOf(WordList::Determiner) |
                                     bitOf(WordList::Calendar) | bitOf(WordList::Compass) | bitOf(WordList::PlaceHead) |
                                     bitOf(WordList::StreetPrefix) | bitOf(WordList::NamePrefix);
    if (!context.isNameWord(i) || (token.flags & kNever) != 0) {
        return false;
    }
    constexpr std::uint64_t kNameLike = bitOf(WordList::Proper) | bitOf(WordList::FirstName) | bitOf(WordList::Surname);
    const bool common = context.inList(WordList::Common, i) && (token.flags & kNameLike) == 0;
    // "Oggi Bergamo", English title case ("Saints Edge Gloucester"): an ordinary word opening a sentence, or any
    // ordinary word in English, is no sponsor.
    return !(common && (token.sentenceInitial || context.language == "en"));
}

bool hasClubWord(const Context& context, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        if (context.isNameWord(i) && isOneOf(context.tokens()[i].folded, kClubWords)) {
            return true;
        }
    }
    return false;
}

/// Where a sponsor's name before the town at `town` begins, or `town.first` when none stands there.
std::size_t sponsorStart(const Context& context, const Candidate& town, const std::vector<Candidate>& names) {
    std::size_t first = town.first;
    while (first > 0 && sameSentence(context, first - 1, town.first) && maySponsor(context, first - 1)) {
        const std::size_t i = first - 1;
        const bool knownPerson = std::any_of(names.begin(), names.end(), [&](const Candidate& name) {
            return name.first <= i && i < name.last && name.type == EntityType::Person && name.entry != kNone;
        });
        if (knownPerson) {
            break;
        }
        first = i;
    }
    // "Del Bene Scandicci": a capitalised connector belongs inside, never at the start.
    while (first < town.first && context.inList(WordList::Connector, first)) {
        ++first;
    }
    return first;
}

/// "Luca Bergamo", "Jordan Henderson": a given name before a town that is also a surname is a person.
bool isPersonBeforeTown(const Context& context, std::size_t first, const Candidate& town) {
    for (std::size_t i = first; i < town.first; ++i) {
        if (!context.isFirstName(i)) {
            return false;
        }
    }
    return town.first - first == 1 || context.inList(WordList::Surname, town.last - 1);
}

/// True when a score or a result verb follows the name: "Lumina Bergamo 3", "Allianz Milano batte".
bool resultFollows(const Context& context, std::size_t last) {
    if (!sameSentence(context, last, last - 1)) {
        return false;
    }
    return isScore(context.tokens(), last) || isOneOf(lowerWordAt(context, last, last), kResultVerbs);
}

/// Replaces the names inside [first, last) with one club.
void putClub(std::vector<Candidate>& names, std::size_t first, std::size_t last) {
    names.erase(std::remove_if(names.begin(), names.end(),
                               [&](const Candidate& name) { return name.first >= first && name.last <= last; }),
                names.end());
    names.push_back(Candidate{first, last, EntityType::Organization, kNone, Origin::Rule, 0.7, false});
    sortByPosition(names);
}

/// "Lumina Bergamo", "Sirio Termotecnica Padova", "Zenit Kazan": capitalised words before a known town, in sports
/// news or before a result, are the sponsors in a club's name.
void applySponsorNames(const Context& context, const std::vector<Candidate>& known, std::vector<Candidate>& names,
                       const SportEvidence& sport, std::vector<std::string>& clubTowns) {
    for (const Candidate& town : known) {
        if (!isClubTown(context, town)) {
            continue;
        }
        const std::size_t first = sponsorStart(context, town, names);
        if (first == town.first) {
            continue;
        }
        const bool clubWord = hasClubWord(context, first, town.last);
        if (!clubWord && isPersonBeforeTown(context, first, town)) {
            continue;
        }
        const auto overlapping = [&](const Candidate& name) { return name.first < town.last && first < name.last; };
        // A longer name around it ("Banca Popolare di Sondrio") stays as it is.
        const bool wider = std::any_of(names.begin(), names.end(), [&](const Candidate& name) {
            return overlapping(name) && (name.first < first || name.last > town.last);
        });
        if (!wider && (clubWord || sport.around(context.tokens()[first]) || resultFollows(context, town.last))) {
            clubTowns.push_back(context.foldedKey(town.first, town.last));
            putClub(names, first, town.last);
        }
    }
}

/// "Vero Volley", "Rugby Roma": a capitalised club word inside a name, or right after it, makes it a club's.
void applyClubWords(const Context& context, std::vector<Candidate>& names) {
    for (Candidate& name : names) {
        if (name.entry != kNone || name.type == EntityType::Treaty) {
            continue;
        }
        std::size_t last = name.last;
        while (sameSentence(context, last, name.first) && context.isNameWord(last) &&
               isOneOf(context.tokens()[last].folded, kClubWords)) {
            ++last;
        }
        const bool grows = last > name.last;
        if (grows || (name.last - name.first > 1 && hasClubWord(context, name.first, name.last))) {
            name = Candidate{name.first, last, EntityType::Organization, kNone, Origin::Rule, 0.65, false};
        }
    }
}

/// "Pallavolo", "Rugby union", "Calcio:": a sport's name alone at the head of an item names nothing.
void dropSectionWords(const Context& context, std::vector<Candidate>& names) {
    const auto& tokens = context.tokens();
    const auto isSection = [&](const Candidate& name) {
        if (name.last - name.first != 1 || !tokens[name.first].sentenceInitial ||
            !isOneOf(tokens[name.first].folded, kSectionWords)) {
            return false;
        }
        // "Pallavolo: Novara batte Firenze", "Calcio, Argentina": a section word before a colon or a dash, or before a
        // comma unless it is a town ("Rugby, a market town").
        const std::size_t next = name.last;
        const std::string_view mark =
            sameSentence(context, next, name.first) ? std::string_view(tokens[next].text) : std::string_view();
        if (mark == ":" || mark == "-" || mark == "\u2013" || (mark == "," && name.entry == kNone)) {
            return true;
        }
        // A heading has no verb: a few tokens and no function word ("Rugby is a market town" is a sentence).
        std::size_t count = 0;
        for (std::size_t i = name.first; i < tokens.size() && tokens[i].sentence == tokens[name.first].sentence; ++i) {
            if (++count > 3 || context.inList(WordList::Stopword, i)) {
                return false;
            }
        }
        return true;
    };
    names.erase(std::remove_if(names.begin(), names.end(), isSection), names.end());
}

/// In sports news, a town that names a club elsewhere in the text names it wherever no preposition makes it a venue:
/// "Treviso ha chiuso il primo tempo avanti" after "la Cantine Oroverde Treviso batte".
void spreadClubTowns(const Context& context, std::vector<Candidate>& names, const SportEvidence& sport,
                     const std::vector<std::string>& clubTowns) {
    if (clubTowns.empty() || !sport.text()) {
        return;
    }
    constexpr std::uint64_t kVenue = bitOf(WordList::PlacePreposition) | bitOf(WordList::Connector) |
                                     bitOf(WordList::Determiner) | bitOf(WordList::PlaceNoun) |
                                     bitOf(WordList::StreetPrefix);
    for (Candidate& name : names) {
        const bool bare = name.first == 0 || !sameSentence(context, name.first - 1, name.first) ||
                          (context.tokens()[name.first - 1].flags & kVenue) == 0;
        if (bare && isClubTown(context, name) &&
            std::find(clubTowns.begin(), clubTowns.end(), context.foldedKey(name.first, name.last)) !=
                clubTowns.end()) {
            makeClub(name);
        }
    }
}

} // namespace

std::size_t clubOwning(const Context& context, const std::vector<Candidate>& candidates, std::size_t lone) {
    const Candidate& club = candidates[lone];
    const auto& tokens = context.tokens();
    if (club.type != EntityType::Organization || club.entry != kNone || club.last - club.first != 1 ||
        !namesPlace(context.image(), tokens[club.first].id)) {
        return std::string::npos;
    }
    std::size_t owner = std::string::npos;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Candidate& name = candidates[i];
        // "Lumina Bergamo", "Miami Heat"; not "Comune di Treviso".
        const bool town =
            tokens[name.last - 1].id == tokens[club.first].id || tokens[name.first].id == tokens[club.first].id;
        if (name.type == EntityType::Organization && name.last - name.first > 1 && town &&
            !hasConnector(context, name.first, name.last)) {
            if (owner != std::string::npos) {
                return std::string::npos;
            }
            owner = i;
        }
    }
    return owner;
}

bool namesTeamSport(const Context& context) {
    const auto& tokens = context.tokens();
    const auto sportWord = [](const Token& token) { return (token.flags & bitOf(WordList::SportWord)) != 0; };
    for (std::size_t i = nextTokenThat(tokens, 0, sportWord); i < tokens.size();
         i = nextTokenThat(tokens, i + 1, sportWord)) {
        if (isOneOf(tokens[i].folded, kTeamSports)) {
            return true;
        }
    }
    return false;
}

void applyClubContext(const Context& context, const std::vector<Candidate>& known, std::vector<Candidate>& names) {
    if (names.empty()) {
        return;
    }
    const SportEvidence sport(context);
    dropSectionWords(context, names);
    applyClubWords(context, names);
    std::vector<std::string> clubTowns;
    applySponsorNames(context, known, names, sport, clubTowns);
    for (Candidate& name : names) {
        const bool role =
            isClubTown(context, name) && namesClubRole(context, name) && sport.around(context.tokens()[name.first]);
        if (role || (maySideInMatch(context, name) && isResultSide(context, name, sport))) {
            clubTowns.push_back(context.foldedKey(name.first, name.last));
            makeClub(name);
        }
    }
    applyFixtureVerbs(context, names, sport, clubTowns);
    for (const Candidate& name : names) {
        // "il Parma": a town the team rules made a club names it too.
        if (isTownClub(context, name)) {
            clubTowns.push_back(context.tokens()[name.first].folded);
        }
    }
    spreadClubTowns(context, names, sport, clubTowns);
}

} // namespace annalist::core::ner
