// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/candidate.h"
#include "ner/place_nouns.h"
#include "ner/place_rules.h"
#include "ner/token_rules.h"
#include "ner/token_skip.h"

#include <algorithm>

namespace annalist::core::ner {

std::string Context::foldedKey(std::size_t first, std::size_t last) const {
    std::string key;
    for (std::size_t i = first; i < last; ++i) {
        const Token& token = tokenized.tokens[i];
        if (isAbbreviationDot(token)) {
            continue;
        }
        if (!key.empty()) {
            key += ' ';
        }
        key += token.folded;
    }
    return key;
}

void sortByPosition(std::vector<Candidate>& candidates) {
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
}

namespace {

/// True when a word is more likely a common noun or function word than a name on its own.
bool isCommonWord(const Context& context, std::size_t token) {
    constexpr std::uint64_t kCommon = bitOf(WordList::Stopword) | bitOf(WordList::Title) | bitOf(WordList::Calendar) |
                                      bitOf(WordList::PlaceHead) | bitOf(WordList::OrgHead) |
                                      bitOf(WordList::TreatyHead) | bitOf(WordList::EventHead) |
                                      bitOf(WordList::NamePrefix);
    return (context.tokens()[token].flags & kCommon) != 0;
}

/// A single common word ("Come", "Sala") is not taken for a place just because one is called so.
bool isPlausibleMatch(const Context& context, std::size_t first, std::size_t last, bool partial) {
    // Italian writes many names with lowercase adjectives ("Unione europea", "Banca centrale europea"): a known
    // name may end in lowercase when it starts with a capital, or start in lowercase when it ends with one.
    if (!context.isNameWord(last - 1) && (last - first < 2 || !context.isNameWord(first))) {
        return false;
    }
    if (!context.isNameWord(first)) {
        // "l'aeroporto di Napoli": the town's name is the mention, not the facility's listed name.
        return last - first >= 2 && !partial && !context.inList(WordList::Stopword, first) &&
               !context.inList(WordList::Determiner, first) && !isFacilityNounBeforeName(context, first);
    }
    if (last - first > 1) {
        // "La barca è affondata": an article whose words after it are all lowercase opens a phrase, not "La Barca".
        return !context.inList(WordList::Determiner, first) || context.isNameWord(last - 1);
    }
    const Token& token = context.tokens()[first];
    return !isCommonWord(context, first) && token.end - token.start > 1;
}

/// "a Wilson", "della Florida", "su Trapani", "il Sindaco di Alcamo": a preposition of place, an article (people go
/// without one) or a role or place noun, capitalised or not, with "di" right before a name.
bool hasPlaceCue(const Context& context, std::size_t token) {
    const auto& tokens = context.tokens();
    auto sameSentenceWord = [&](std::size_t distance) {
        return token >= distance && tokens[token - distance].sentence == tokens[token].sentence &&
               tokens[token - distance].isWord();
    };
    if (!sameSentenceWord(1) || context.isNameWord(token - 1)) {
        return false;
    }
    // "su" is no place preposition for an unknown word ("la vittoria su Brambilla") but is one before a known town.
    if (context.inList(WordList::PlacePreposition, token - 1) || context.inList(WordList::Determiner, token - 1) ||
        tokens[token - 1].folded == "su") {
        return true;
    }
    return context.inList(WordList::Connector, token - 1) && sameSentenceWord(2) &&
           (context.inList(WordList::Title, token - 2) || context.inList(WordList::PlaceNoun, token - 2));
}

/// "Wilson", "Arnold": a person's name that is also the name of a town not larger than a hundred thousand people is
/// the person, unless a preposition of place comes before it ("a Wilson") or it is listed with a known place
/// ("Pompei ed Ercolano").
bool isPersonNameRatherThanTown(const Context& context, std::size_t token, const EntryRecord& record) {
    constexpr std::uint64_t kTown = 100000;
    const bool town =
        static_cast<Origin>(record.origin) == Origin::Gazetteer && record.population > 0 && record.population < kTown;
    const bool personName = context.inList(WordList::Surname, token) || context.isFirstName(token);
    return town && personName && !hasPlaceCue(context, token) && !isCoordinatedWithKnownPlace(context, token);
}

/// "a Erba", "in Ribera", "il sindaco di Lecco", "di Mirafiori e Cassino": an Italian town named like an ordinary word,
/// written with its capital inside a sentence right after "a", "ad", "in", "di" or "da", or listed after a name that
/// follows one, is the town. The city list goes down to small Italian
/// towns only, so others keep the word ("in Borsa").
bool isItalianTownAfterPreposition(const Context& context, std::size_t token, const EntryRecord& record) {
    const auto& tokens = context.tokens();
    // "a Palazzo Grazioli", "a Piazza Vittorio": a head word opening a longer name is no town.
    const bool opensLongerName = token + 1 < tokens.size() && context.isNameWord(token + 1);
    if (static_cast<EntityType>(record.type) != EntityType::Place || !tokens[token].capitalized ||
        tokens[token].sentenceInitial || token == 0 || tokens[token - 1].sentence != tokens[token].sentence ||
        opensLongerName || isCommonWord(context, token) || context.image().string(record.country) != "IT") {
        return false;
    }
    const auto isPreposition = [](std::string_view word) {
        return word == "a" || word == "ad" || word == "in" || word == "di" || word == "da";
    };
    if (isPreposition(tokens[token - 1].folded)) {
        return true;
    }
    // "gli stabilimenti di Mirafiori e Cassino", "a Roma e Cassino": the town listed after another name that follows
    // such a preposition.
    const std::string& joiner = tokens[token - 1].folded;
    return token >= 3 && (joiner == "e" || joiner == "ed" || joiner == ",") && context.isNameWord(token - 2) &&
           tokens[token - 3].sentence == tokens[token].sentence && !context.isNameWord(token - 3) &&
           isPreposition(tokens[token - 3].folded);
}

/// "Uber Italy in amministrazione", "Google Italia ha chiuso": a known company whose name is also an ordinary word,
/// opening the sentence before a capitalised word, names the company (and its market's branch, see
/// mergeCompanyMarkets).
bool opensCompanyBranch(const Context& context, std::size_t first, const EntryRecord& record) {
    const auto& tokens = context.tokens();
    const std::size_t next = first + 1;
    return next < tokens.size() && tokens[next].sentence == tokens[first].sentence && tokens[next].spaceBefore &&
           tokens[next].capitalized && !tokens[next].allCaps && context.image().string(record.kind) == "company";
}

/// A single name that is also an ordinary word is more often the word when it names a small town ("Pace",
/// "Ponte") or, at the start of a sentence, something other than a place ("Nato a Roma" is "born in Rome").
bool isOrdinaryWordHere(const Context& context, std::size_t first, std::size_t last, const EntryRecord& record) {
    constexpr std::uint64_t kSmallTown = 50000;
    if (last - first == 1 && isPersonNameRatherThanTown(context, first, record)) {
        return true;
    }
    if (last - first != 1 || !context.inList(WordList::Common, first) ||
        isItalianTownAfterPreposition(context, first, record)) {
        return false;
    }
    const bool smallTown = record.population > 0 && record.population < kSmallTown;
    // An acronym in capitals ("NASA’s"), or a word the text also capitalises mid-sentence ("Amazon founder ...
    // joined from Amazon"), is the name even at the start of a sentence.
    // English capitalises only names and sentence openers, and an opening "Congress" or "Labour" is the body.
    const Token& token = context.tokens()[first];
    const bool openingNonPlace =
        token.sentenceInitial && context.language != "en" && record.partial == 0 &&
        static_cast<EntityType>(record.type) != EntityType::Place && !token.allCaps &&
        (context.midSentenceCapitals == nullptr || context.midSentenceCapitals->count(token.folded) == 0);
    return smallTown || (openingNonPlace && !opensCompanyBranch(context, first, record));
}

/// True for a town from the generated city list that is not large enough to outweigh a known person's surname.
bool isMinorCity(const GazetteerImage& image, const EntryRecord& record) {
    constexpr std::uint64_t kMajorCity = 200000;
    return static_cast<Origin>(record.origin) == Origin::Gazetteer && record.population > 0 &&
           record.population < kMajorCity && image.string(record.key).rfind("city:", 0) == 0;
}

/// Rank of a full entry among those sharing a name: people, organisations and treaties, then countries, then large
/// cities, then regions and other listed places, then smaller towns ("Florida" is the US state before the Cuban town,
/// but "Washington" and "Dublin" are the cities before the state and the county).
int entryRank(const GazetteerImage& image, const EntryRecord& record) {
    constexpr std::uint64_t kLargeCity = 300000;
    const std::string_view key = image.string(record.key);
    if (static_cast<EntityType>(record.type) != EntityType::Place) {
        return 4;
    }
    if (key.rfind("country:", 0) == 0) {
        return 3;
    }
    if (key.rfind("city:", 0) != 0) {
        return 1;
    }
    // A city listed by hand (no population) is a capital or a city the news names often.
    return record.population == 0 || record.population >= kLargeCity ? 2 : 0;
}

bool outranks(const GazetteerImage& image, std::uint32_t candidate, std::uint32_t current) {
    const EntryRecord& a = image.entry(candidate);
    const EntryRecord& b = image.entry(current);
    const int rankA = entryRank(image, a);
    const int rankB = entryRank(image, b);
    if (rankA != rankB) {
        return rankA > rankB;
    }
    // Listed by hand (no population) beats generated: "London" is the capital, not the Canadian city.
    if ((a.population == 0) != (b.population == 0)) {
        return a.population == 0;
    }
    return a.population > b.population;
}

/// "la Lega": a capitalised organisation word that is itself the whole name of a known organisation names it, where
/// other lone head words ("Camera", "Procura") are left to the rules for unknown names.
bool isOrganisationNamedByItsHead(const Context& context, std::size_t first, std::size_t last,
                                  const EntryRecord& record, bool partial) {
    return last - first == 1 && !partial && static_cast<EntityType>(record.type) == EntityType::Organization &&
           context.tokens()[first].capitalized && context.inList(WordList::OrgHead, first);
}

/// "a Como": a town whose name is a function word in another language ("como") is the town after a preposition of
/// place, written with its capital inside a sentence.
bool isTownAfterPreposition(const Context& context, std::size_t first, std::size_t last, const EntryRecord& record) {
    const Token& token = context.tokens()[first];
    return last - first == 1 && static_cast<EntityType>(record.type) == EntityType::Place && token.capitalized &&
           !token.sentenceInitial && first > 0 && context.tokens()[first - 1].sentence == token.sentence &&
           context.inList(WordList::PlacePreposition, first - 1) && !context.isNameWord(first - 1);
}

/// The entry a node names: its first full entry, else its partial entry (a surname) when only one thing has it.
/// A known person's surname wins over a minor town of the same name ("Clinton"). Returns kNone when the node
/// names nothing; sets `partial` and `ambiguous` for surnames, and `town` to the minor town a surname won over.
std::uint32_t chooseEntry(const GazetteerImage& image, std::uint32_t node, bool& partial, bool& ambiguous,
                          std::uint32_t& town) {
    std::uint32_t firstFull = kNone;
    std::uint32_t firstPartial = kNone;
    ambiguous = false;
    for (std::uint32_t at = image.firstEntry(node); at != kNone; at = image.nextEntry(at)) {
        if (image.entry(at).partial == 0) {
            firstFull = firstFull == kNone || outranks(image, at, firstFull) ? at : firstFull;
            continue;
        }
        ambiguous = ambiguous || (firstPartial != kNone && image.entry(firstPartial).key != image.entry(at).key);
        firstPartial = firstPartial == kNone ? at : firstPartial;
    }
    const bool surnameWins =
        firstPartial != kNone && (firstFull == kNone || isMinorCity(image, image.entry(firstFull)));
    partial = surnameWins;
    town = surnameWins ? firstFull : kNone;
    return surnameWins ? firstPartial : firstFull;
}

Candidate candidateFor(const GazetteerImage& image, std::size_t first, std::size_t last, std::uint32_t entry,
                       bool partial, bool ambiguous) {
    const EntryRecord& record = image.entry(entry);
    if (!partial) {
        return Candidate{first, last, static_cast<EntityType>(record.type), entry, static_cast<Origin>(record.origin),
                         0.9,   false};
    }
    // A surname shared by several known people says "person" but not which one.
    return Candidate{first, last, EntityType::Person, ambiguous ? kNone : entry, Origin::KnowledgeBase, 0.6,
                     false, true};
}

/// The longest known name starting at `first`, walking the trie one word id at a time; a candidate with
/// last == first when none.
Candidate longestMatch(const Context& context, std::size_t first) {
    const auto& tokens = context.tokens();
    const GazetteerImage& image = context.image();
    Candidate best{first, first};
    std::uint32_t node = kRootNode;
    for (std::size_t last = first + 1; last <= tokens.size(); ++last) {
        const Token& token = tokens[last - 1];
        if (token.sentence != tokens[first].sentence) {
            break;
        }
        if (last > first + 1 && isAbbreviationDot(token)) {
            continue;
        }
        node = image.child(node, token.id);
        if (node == kNone) {
            break;
        }
        bool partial = false;
        bool ambiguous = false;
        std::uint32_t town = kNone;
        std::uint32_t entry = chooseEntry(image, node, partial, ambiguous, town);
        if (entry == kNone) {
            continue;
        }
        // "in Ribera": a known person's surname that is also a minor town is the town right after "in" ("a" may be
        // the dative: "ha scritto a Obama").
        if (town != kNone && first > 0 && tokens[first - 1].folded == "in" &&
            isTownAfterPreposition(context, first, last, image.entry(town))) {
            entry = town;
            partial = false;
            ambiguous = false;
        }
        const EntryRecord& record = image.entry(entry);
        if ((isPlausibleMatch(context, first, last, partial) || isTownAfterPreposition(context, first, last, record) ||
             isOrganisationNamedByItsHead(context, first, last, record, partial)) &&
            !isOrdinaryWordHere(context, first, last, record)) {
            best = candidateFor(image, first, last, entry, partial, ambiguous);
        }
    }
    return best;
}

} // namespace

/// "Carolina Milanesi", "Victoria Renzi", "Lautaro Fernandez": a given name that is also a town or a region, or a
/// minor town's name, right before a known person's surname, opens another person of that surname. Both known matches
/// give way to one name found by rule.
void joinGivenNameTowns(const Context& context, std::vector<Candidate>& found) {
    const GazetteerImage& image = context.image();
    for (std::size_t k = 0; k + 1 < found.size(); ++k) {
        Candidate& town = found[k];
        const Candidate& surname = found[k + 1];
        const bool givenTown = town.type == EntityType::Place && town.last - town.first == 1 && town.entry != kNone &&
                               (context.isFirstName(town.first) || isMinorCity(image, image.entry(town.entry))) &&
                               image.string(image.entry(town.entry).key).rfind("country:", 0) != 0 &&
                               !hasPlaceCue(context, town.first);
        if (givenTown && surname.surnameOnly && surname.first == town.last &&
            context.tokens()[surname.first].sentence == context.tokens()[town.first].sentence) {
            town = Candidate{town.first, surname.last, EntityType::Person, kNone, Origin::Rule, 0.7, false};
            found.erase(found.begin() + static_cast<std::ptrdiff_t>(k) + 1);
        }
    }
}

std::vector<Candidate> matchKnownNames(const Context& context) {
    std::vector<Candidate> found;
    const auto& tokens = context.tokens();
    constexpr std::uint64_t kNeverOpens = bitOf(WordList::Stopword) | bitOf(WordList::Determiner);
    // isPlausibleMatch() refuses every name that opens with a lowercase function word: no walk needed.
    const auto mayOpen = [](const Token& token) {
        return token.isWord() && (token.capitalized || token.allCaps || (token.flags & kNeverOpens) == 0);
    };
    for (std::size_t i = nextTokenThat(tokens, 0, mayOpen); i < tokens.size(); i = nextTokenThat(tokens, i, mayOpen)) {
        Candidate match = longestMatch(context, i);
        if (match.last > match.first) {
            i = match.last;
            // "papa Benedetto XVI", "re Carlo III": a title written in lowercase stays out of the span of the
            // person an alias names with it, as it does of any other name.
            if (match.type == EntityType::Person && match.last - match.first >= 2 && !context.isNameWord(match.first) &&
                context.inList(WordList::Title, match.first)) {
                ++match.first;
            }
            found.push_back(match);
        } else {
            ++i;
        }
    }
    joinGivenNameTowns(context, found);
    return found;
}

} // namespace annalist::core::ner
