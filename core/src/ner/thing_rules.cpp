// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/thing_rules.h"

#include "ner/person_rules.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annalist::core::ner {

namespace {

bool endsWith(std::string_view word, std::string_view suffix) {
    return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

constexpr std::size_t kNoToken = static_cast<std::size_t>(-1);

/// The lowercase word right before `index` in the same sentence, or kNoToken.
std::size_t lowercaseWordBefore(const Context& context, std::size_t index, std::size_t distance = 1) {
    const auto& tokens = context.tokens();
    if (index < distance) {
        return kNoToken;
    }
    const Token& before = tokens[index - distance];
    if (before.sentence != tokens[index].sentence || !before.isWord() || before.capitalized) {
        return kNoToken;
    }
    return index - distance;
}

/// The folded word at `token`, or an empty view for kNoToken.
std::string_view foldedAt(const Context& context, std::size_t token) {
    return token == kNoToken ? std::string_view() : std::string_view(context.tokens()[token].folded);
}

bool isEnglish(const Context& context) {
    return context.language.substr(0, 2) == "en";
}

/// "un Oscar", "una Ferrari", "an Emmy": an indefinite article makes one of many, a thing and no person. The sports
/// press writes "un Wilfredo León da 19 punti" of a player in form: a full name or a surname stays a person.
bool afterIndefiniteArticle(const Context& context, const Candidate& name) {
    const std::size_t first = name.first;
    if (name.last - first >= 2 ? context.isFirstName(first) : context.inList(WordList::Surname, first)) {
        return false;
    }
    constexpr std::array<std::string_view, 10> kOthers{"un",  "uno",  "una",   "un'",   "une",
                                                       "ein", "eine", "einen", "einem", "einer"};
    constexpr std::array<std::string_view, 2> kEnglish{"a", "an"};
    const std::string_view before = foldedAt(context, lowercaseWordBefore(context, first));
    return isEnglish(context) ? isOneOf(before, kEnglish) : isOneOf(before, kOthers);
}

/// "la sua Panda", "his Ferrari": a possessive before a name owns a thing. "her" is left out, as it is also the
/// object of a verb ("told her Smith had left").
bool afterPossessive(const Context& context, std::size_t first) {
    constexpr std::array<std::string_view, 26> kPossessives{
        "suo",    "sua",    "suoi", "sue",    "mio",    "mia",    "miei",   "mie",    "tuo",
        "tua",    "tuoi",   "tue",  "nostro", "nostra", "nostri", "nostre", "vostro", "vostra",
        "vostri", "vostre", "his",  "its",    "their",  "my",     "our",    "your"};
    // "il proprio Mac", but "proprio Mario Rossi": without an article "proprio" is an adverb, "just".
    constexpr std::array<std::string_view, 4> kOwn{"proprio", "propria", "propri", "proprie"};
    const std::size_t before = lowercaseWordBefore(context, first);
    if (isOneOf(foldedAt(context, before), kOwn)) {
        const std::size_t article = lowercaseWordBefore(context, before);
        return article != kNoToken && context.inList(WordList::Determiner, article);
    }
    return isOneOf(foldedAt(context, before), kPossessives);
}

/// A singular definite article, alone or joined to a preposition: "il", "della", "sul", "the".
bool isSingularDefiniteArticle(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 26> kArticles{
        "il",    "lo",    "la",    "l'",  "del",   "dello", "della", "dell'", "al",    "allo",  "alla",  "all'", "dal",
        "dallo", "dalla", "dall'", "nel", "nello", "nella", "nell'", "sul",   "sullo", "sulla", "sull'", "col",  "the"};
    return isOneOf(foldedAt(context, token), kArticles);
}

/// The article right before a name: lowercase, or opening the sentence ("La Costa Serena era salpata").
std::size_t articleBefore(const Context& context, std::size_t first) {
    const auto& tokens = context.tokens();
    if (first == 0 || tokens[first - 1].sentence != tokens[first].sentence || !tokens[first - 1].isWord()) {
        return kNoToken;
    }
    const Token& before = tokens[first - 1];
    const bool lowercase = !before.capitalized || (before.sentenceInitial && !before.allCaps);
    return lowercase && isSingularDefiniteArticle(context, first - 1) ? first - 1 : kNoToken;
}

/// "il Giuseppe Meazza", "del Roland Garros", "la Notte Bianca", "the John Lewis": no person's name of two words
/// takes an article, a stadium's, a ship's, a tournament's or a shop's does; surnames with a particle ("la Von der
/// Leyen", "il De Rossi") are left to the rules of names. "il Mac", "la Giulia": nor does a given name alone, which the
/// press writes bare; a car or a device is named so. A surname with an article is a person ("la Meloni").
bool namedThingAfterArticle(const Context& context, const Candidate& name) {
    if (articleBefore(context, name.first) == kNoToken) {
        return false;
    }
    constexpr std::uint64_t kParticle =
        bitOf(WordList::Connector) | bitOf(WordList::Determiner) | bitOf(WordList::Stopword);
    if (name.last - name.first >= 2) {
        // "the Jeffrey Epstein case": in English a name before a noun qualifies it and stays a person.
        const auto& tokens = context.tokens();
        if (isEnglish(context) && name.last < tokens.size() && tokens[name.last].isWord() &&
            !tokens[name.last].capitalized && !context.inList(WordList::Stopword, name.last)) {
            return false;
        }
        for (std::size_t i = name.first; i < name.last; ++i) {
            if (!context.isNameWord(i) || (context.tokens()[i].flags & kParticle) != 0) {
                return false;
            }
        }
        return true;
    }
    return !isEnglish(context) && context.isFirstName(name.first) && !context.inList(WordList::Surname, name.first);
}

/// A thing after an article that is a place all the same: "il Parco Sempione", "il Mario Rigamonti di Brescia" (a
/// stadium in a town), "sul Charles River".
bool isPlaceAfterArticle(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    if (context.inList(WordList::PlaceHead, name.last - 1) && name.last - name.first >= 2) {
        return true;
    }
    const std::size_t next = name.last;
    return next + 1 < tokens.size() && tokens[next].folded == "di" && !tokens[next].capitalized &&
           tokens[next + 1].sentence == tokens[name.first].sentence && context.isNameWord(next + 1) &&
           (!context.isFirstName(next + 1) || isMajorPlaceWord(context, next + 1));
}

/// "macOS Sierra", "iPhone Pro", "the new Zephyr", "il nuovo Zephyr": a product's name after its brand or after
/// "new"; a given name there may still be a person ("il nuovo Mario Rossi"), so only names without one count.
bool afterProductWord(const Context& context, std::size_t first) {
    constexpr std::array<std::string_view, 6> kNew{"nuovo", "nuova", "nuovi", "nuove", "new", "latest"};
    const auto& tokens = context.tokens();
    if (first > 0 && tokens[first - 1].sentence == tokens[first].sentence && isLowercaseBrandWord(tokens[first - 1])) {
        return true;
    }
    return !context.isFirstName(first) && isOneOf(foldedAt(context, lowercaseWordBefore(context, first)), kNew);
}

/// "Lucy in the Sky", "Send Me an Angel", "Greatest Love of All": English function words before or inside a name in
/// an Italian text make the title of a song, a book or a film.
bool isEnglishTitleInItalian(const Context& context, const Candidate& name) {
    constexpr std::array<std::string_view, 6> kEnglish{"the", "an", "of", "with", "my", "your"};
    if (context.language != "it") {
        return false;
    }
    if (isOneOf(foldedAt(context, lowercaseWordBefore(context, name.first)), kEnglish)) {
        return true;
    }
    for (std::size_t i = name.first; i < name.last; ++i) {
        const Token& token = context.tokens()[i];
        if (token.isWord() && !token.capitalized && isOneOf(token.folded, kEnglish)) {
            return true;
        }
    }
    return false;
}

/// Nouns named after a person that the person's name follows: "la fascia di Kuiper", "la scala Richter".
constexpr std::array<std::string_view, 20> kEponymBefore{"malattia", "morbo",   "sindrome",  "fascia",    "scala",
                                                         "effetto",  "teorema", "principio", "costante",  "equazione",
                                                         "bosone",   "nube",    "cintura",   "paradosso", "enfermedad",
                                                         "síndrome", "maladie", "syndrome",  "échelle",   "théorème"};

/// The same nouns in English, which the person's name precedes: "the Kuiper belt", "Alzheimer's disease".
constexpr std::array<std::string_view, 12> kEponymAfter{"disease", "syndrome", "belt",     "scale",
                                                        "effect",  "theorem",  "constant", "equation",
                                                        "boson",   "cloud",    "paradox",  "principle"};

bool isEponym(const Context& context, const Candidate& name) {
    // "Scala Richter", "Sindrome di Down": the noun written with a capital, inside the name.
    if (name.last - name.first >= 2 && isOneOf(context.tokens()[name.first].folded, kEponymBefore)) {
        return true;
    }
    std::size_t before = lowercaseWordBefore(context, name.first);
    if (before != kNoToken && context.inList(WordList::Connector, before)) {
        before = lowercaseWordBefore(context, before);
    }
    if (isOneOf(foldedAt(context, before), kEponymBefore)) {
        return true;
    }
    const auto& tokens = context.tokens();
    std::size_t after = name.last;
    if (after < tokens.size() && (tokens[after].text == "'s" || tokens[after].text == "’s")) {
        ++after;
    }
    return after < tokens.size() && tokens[after].sentence == tokens[name.first].sentence && tokens[after].isWord() &&
           !tokens[after].capitalized && isOneOf(tokens[after].folded, kEponymAfter);
}

/// "Helicobacter", "Staphylococcus aureus", "Haemophilus influenzae": the ending of a genus of bacteria, or a species
/// name after the word: a Latin lowercase word no dictionary knows.
bool isGenusName(const Context& context, const Candidate& name) {
    constexpr std::array<std::string_view, 9> kGenusEndings{"bacter", "coccus", "bacillus", "bacterium", "monas",
                                                            "myces",  "philus", "plasma",   "spora"};
    constexpr std::array<std::string_view, 6> kSpeciesEndings{"ae", "ii", "um", "us", "is", "i"};
    constexpr std::size_t kShortestSpecies = 4;
    const auto& tokens = context.tokens();
    if (name.last - name.first != 1 || context.isFirstName(name.first)) {
        return false;
    }
    const std::string_view word = tokens[name.first].folded;
    if (std::any_of(kGenusEndings.begin(), kGenusEndings.end(), [&](std::string_view ending) {
            return word.size() > ending.size() + 2 && endsWith(word, ending);
        })) {
        return true;
    }
    const std::size_t next = name.last;
    if (next >= tokens.size() || tokens[next].sentence != tokens[name.first].sentence || !tokens[next].isWord() ||
        tokens[next].capitalized || tokens[next].id != kNone || tokens[next].folded.size() < kShortestSpecies) {
        return false;
    }
    return std::any_of(kSpeciesEndings.begin(), kSpeciesEndings.end(),
                       [&](std::string_view ending) { return endsWith(tokens[next].folded, ending); });
}

/// "gli Anni Sessanta", "gli Anni Novanta": a decade written with capitals.
bool isDecade(const Context& context, const Candidate& name) {
    constexpr std::array<std::string_view, 8> kTens{"venti",    "trenta",   "quaranta", "cinquanta",
                                                    "sessanta", "settanta", "ottanta",  "novanta"};
    return name.last - name.first >= 2 && context.tokens()[name.first].folded == "anni" &&
           isOneOf(context.tokens()[name.last - 1].folded, kTens);
}

/// "Acilia Sud", "Borgo Nord": a direction that ends a name of two words or more, and is no surname, makes a place.
bool endsWithDirection(const Context& context, const Candidate& name) {
    const std::size_t last = name.last - 1;
    return name.last - name.first >= 2 && context.isNameWord(last) && context.inList(WordList::Compass, last) &&
           !context.inList(WordList::Surname, last) && !context.isFirstName(last);
}

/// True when nothing but a guess made the candidate a person: no user, and no full name the knowledge base knows.
bool isGuessedPerson(const Candidate& candidate) {
    return candidate.type == EntityType::Person && candidate.origin != Origin::User &&
           (candidate.entry == kNone || candidate.surnameOnly);
}

/// "Mario Rossi (Mondadori)", "Troy Bayliss (Ducati)": a name alone in brackets right after a person's name, sharing
/// no word with it, names the person's publisher, team or party.
bool isBracketedAffiliation(const Context& context, const std::vector<Candidate>& candidates, std::size_t at) {
    const auto& tokens = context.tokens();
    const Candidate& name = candidates[at];
    if (at == 0 || name.first < 2 || name.last >= tokens.size() || tokens[name.first - 1].text != "(" ||
        tokens[name.last].text != ")" || context.isFirstName(name.first)) {
        return false;
    }
    // "Sobanè (Bofanet)": after a lone word the brackets may hold another name of the same place.
    const Candidate& person = candidates[at - 1];
    if (person.type != EntityType::Person || person.last + 1 != name.first || person.last - person.first < 2) {
        return false;
    }
    for (std::size_t i = person.first; i < person.last; ++i) {
        for (std::size_t j = name.first; j < name.last; ++j) {
            if (tokens[i].folded == tokens[j].folded) {
                return false;
            }
        }
    }
    return true;
}

/// "il sindaco di Ascoli", "the mayor of Hartlepool", "il vescovo di Bobbio": the title of an office held over a town
/// or a land, "di" or "of", then a single name that is no given name: the name is the place.
bool isSeatOfTerritorialTitle(const Context& context, const Candidate& name) {
    constexpr std::array<std::string_view, 26> kTerritorial{
        "sindaco",   "sindaca", "governatore", "governatrice", "prefetto",    "vescovo",    "arcivescovo",
        "patriarca", "re",      "regina",      "principe",     "principessa", "duca",       "duchessa",
        "emiro",     "sultano", "mayor",       "governor",     "bishop",      "archbishop", "king",
        "queen",     "prince",  "duke",        "emir",         "sultan"};
    const auto& tokens = context.tokens();
    if (name.last - name.first != 1 || context.isFirstName(name.first) || name.first < 2) {
        return false;
    }
    const Token& preposition = tokens[name.first - 1];
    const Token& title = tokens[name.first - 2];
    return preposition.sentence == title.sentence && title.sentence == tokens[name.first].sentence &&
           (preposition.folded == "di" || preposition.folded == "of") && !preposition.capitalized &&
           isOneOf(title.folded, kTerritorial);
}

/// True when the context of a guessed person says it names a thing, which is no entity.
bool namesThing(const Context& context, const Candidate& name) {
    return afterIndefiniteArticle(context, name) || afterPossessive(context, name.first) ||
           afterProductWord(context, name.first) || isEnglishTitleInItalian(context, name) || isEponym(context, name) ||
           isGenusName(context, name) || isDecade(context, name);
}

/// What the context makes of a guessed person.
enum class Verdict : std::uint8_t { Person, Thing, Organization, Place };

/// "Hurricane Milton", "l'uragano Melissa", "the ship Liverpool": a known town's name right after a noun of things
/// names the storm, the ship or the work, written with the noun's capital or without.
bool isKnownNameOfThing(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    if (name.last - name.first != 1 || name.entry == kNone || name.type != EntityType::Place || name.first == 0) {
        return false;
    }
    const std::size_t before = name.first - 1;
    return tokens[before].sentence == tokens[name.first].sentence && tokens[before].isWord() &&
           context.inList(WordList::ThingNoun, before) &&
           (!tokens[before].capitalized || tokens[before].sentenceInitial || context.language == "en");
}

Verdict judge(const Context& context, const std::vector<Candidate>& candidates, std::size_t at) {
    const Candidate& name = candidates[at];
    if (isKnownNameOfThing(context, name)) {
        return Verdict::Thing;
    }
    if (!isGuessedPerson(name)) {
        return Verdict::Person;
    }
    if (namesThing(context, name)) {
        return Verdict::Thing;
    }
    if (namedThingAfterArticle(context, name)) {
        return isPlaceAfterArticle(context, name) ? Verdict::Place : Verdict::Thing;
    }
    if (endsWithDirection(context, name)) {
        return Verdict::Place;
    }
    if (isBracketedAffiliation(context, candidates, at)) {
        return Verdict::Organization;
    }
    if (isSeatOfTerritorialTitle(context, name)) {
        return Verdict::Place;
    }
    return Verdict::Person;
}

/// Applies a verdict to a candidate; false when the candidate is to be dropped.
bool applyVerdict(Verdict verdict, Candidate& candidate) {
    if (verdict == Verdict::Thing) {
        return false;
    }
    if (verdict != Verdict::Person) {
        candidate.type = verdict == Verdict::Place ? EntityType::Place : EntityType::Organization;
        candidate.typeIsGuess = true;
    }
    return true;
}

} // namespace

bool isLowercaseBrandWord(const Token& token) {
    if (!token.isWord() || token.capitalized || token.text.size() < 3) {
        return false;
    }
    return std::any_of(token.text.begin() + 1, token.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

void applyThingContext(const Context& context, std::vector<Candidate>& candidates) {
    std::vector<Verdict> verdicts;
    // The names judged no person, by their folded words, so that their other guessed mentions follow ("Sierra"
    // thrice, once after "macOS").
    std::vector<std::pair<std::string, Verdict>> judged;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Verdict verdict = judge(context, candidates, i);
        if (verdict == Verdict::Person) {
            continue;
        }
        verdicts.resize(candidates.size(), Verdict::Person);
        verdicts[i] = verdict;
        judged.emplace_back(context.foldedKey(candidates[i].first, candidates[i].last), verdict);
    }
    if (judged.empty()) {
        return;
    }
    std::vector<Candidate> kept;
    kept.reserve(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        Candidate& candidate = candidates[i];
        Verdict verdict = verdicts[i];
        if (verdict == Verdict::Person && isGuessedPerson(candidate) && candidate.entry == kNone) {
            const std::string key = context.foldedKey(candidate.first, candidate.last);
            const auto found =
                std::find_if(judged.begin(), judged.end(), [&](const auto& entry) { return entry.first == key; });
            verdict = found == judged.end() ? Verdict::Person : found->second;
        }
        if (applyVerdict(verdict, candidate)) {
            kept.push_back(candidate);
        }
    }
    candidates = std::move(kept);
}

} // namespace annalist::core::ner
