// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/person_rules.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

constexpr std::uint64_t kNameLike = bitOf(WordList::Proper) | bitOf(WordList::FirstName) | bitOf(WordList::Surname);

bool isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
}

/// "J.H": capitals joined by dots, the initials of a name without the last dot.
bool isJoinedInitials(std::string_view word) {
    if (word.size() < 3 || word.size() % 2 == 0) {
        return false;
    }
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (i % 2 == 0 ? !isAsciiUpper(word[i]) : word[i] != '.') {
            return false;
        }
    }
    return true;
}

bool endsWith(std::string_view word, std::string_view suffix) {
    return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

bool sameSentence(const Context& context, std::size_t a, std::size_t b) {
    return context.tokens()[a].sentence == context.tokens()[b].sentence;
}

/// An ordinary word in some dictionary that no list knows as a name.
bool isOrdinaryWord(const Context& context, std::size_t token) {
    const std::uint64_t flags = context.tokens()[token].flags;
    return (flags & bitOf(WordList::Common)) != 0 && (flags & kNameLike) == 0;
}

/// "ministro del", "Secretary of", "assessore all'": a title, then one or two lowercase prepositions or articles,
/// right before `first`.
bool followsTitleAndPreposition(const Context& context, std::size_t first) {
    constexpr std::uint64_t kJoining = bitOf(WordList::Connector) | bitOf(WordList::Stopword) |
                                       bitOf(WordList::Determiner) | bitOf(WordList::OrgConnector);
    const auto& tokens = context.tokens();
    std::size_t at = first;
    for (std::size_t count = 0; count < 3 && at > 0; ++count) {
        const std::size_t before = at - 1;
        if (!sameSentence(context, before, first) || !tokens[before].isWord()) {
            return false;
        }
        if (context.inList(WordList::Title, before)) {
            return count > 0;
        }
        if (context.isNameWord(before) || (tokens[before].flags & kJoining) == 0) {
            return false;
        }
        at = before;
    }
    return false;
}

/// True when the word can open a person's name: no portfolio, title, nationality or head word, and no ordinary word
/// unless some list also knows it as a name.
bool canOpenPersonName(const Context& context, std::size_t token) {
    constexpr std::uint64_t kNever = bitOf(WordList::Portfolio) | bitOf(WordList::Title) | bitOf(WordList::Demonym) |
                                     bitOf(WordList::OrgHead) | bitOf(WordList::PlaceHead) |
                                     bitOf(WordList::TreatyHead) | bitOf(WordList::Calendar);
    return context.isNameWord(token) && (context.tokens()[token].flags & kNever) == 0 &&
           !isOrdinaryWord(context, token);
}

bool coversToken(const std::vector<Candidate>& known, std::size_t token) {
    return std::any_of(known.begin(), known.end(),
                       [&](const Candidate& name) { return name.first <= token && token < name.last; });
}

bool startsKnownPerson(const std::vector<Candidate>& known, std::size_t token) {
    return std::any_of(known.begin(), known.end(),
                       [&](const Candidate& name) { return name.first == token && name.type == EntityType::Person; });
}

/// "detto", "morto", "eletta", "resigned": the shape of a past participle.
bool looksLikeParticiple(const Token& token) {
    constexpr std::array<std::string_view, 13> kEndings{"ato", "ata", "ito", "ita", "uto", "uta", "rto",
                                                        "rta", "tto", "tta", "sso", "ssa", "ed"};
    // "è stato", "è stata" make a passive or a copula, which an adjective opens as well as a name ("Grande è stato").
    const bool copula = token.folded.size() == 5 && token.folded.rfind("stat", 0) == 0;
    return !token.capitalized && !copula && std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view ending) {
        return endsWith(token.folded, ending);
    });
}

/// "Arrestato", "Finalmente", "Dichiarando": the ending of a participle, an adverb or a gerund.
bool looksLikeVerbOrAdverb(const Token& token) {
    constexpr std::array<std::string_view, 12> kEndings{"ato", "ata", "ati",   "ate",  "ito",  "ita",
                                                        "uto", "uta", "mente", "ando", "endo", "ly"};
    return std::any_of(kEndings.begin(), kEndings.end(),
                       [&](std::string_view ending) { return endsWith(token.folded, ending); });
}

} // namespace

bool isInitialDot(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    if (i == 0 || i + 1 >= tokens.size() || tokens[i].text != "." || tokens[i].spaceBefore ||
        !tokens[i - 1].capitalized) {
        return false;
    }
    return tokens[i - 1].end - tokens[i - 1].start == 1 || isJoinedInitials(tokens[i - 1].text);
}

bool isRegnalNumeral(const Context& context, std::size_t token) {
    constexpr std::size_t kLongest = 5;
    const std::string& text = context.tokens()[token].text;
    return !text.empty() && text.size() <= kLongest && text.find_first_not_of("IVX") == std::string::npos;
}

bool isMajorPlaceWord(const Context& context, std::size_t token) {
    constexpr std::uint32_t kMajorCity = 100000;
    const GazetteerImage& image = context.image();
    const std::uint32_t id = context.tokens()[token].id;
    const std::uint32_t node = id == kNone ? kNone : image.child(kRootNode, id);
    for (std::uint32_t at = node == kNone ? kNone : image.firstEntry(node); at != kNone; at = image.nextEntry(at)) {
        const EntryRecord& record = image.entry(at);
        if (record.partial != 0 || static_cast<EntityType>(record.type) != EntityType::Place) {
            continue;
        }
        if (record.population == 0 || record.population >= kMajorCity ||
            image.string(record.key).rfind("country:", 0) == 0) {
            return true;
        }
    }
    return false;
}

bool isPortfolioAfterTitle(const Context& context, std::size_t token) {
    return context.inList(WordList::Portfolio, token) && followsTitleAndPreposition(context, token);
}

std::size_t afterPortfolio(const Context& context, std::size_t first, std::size_t last,
                           const std::vector<Candidate>& known) {
    if (!context.inList(WordList::Portfolio, first) || !followsTitleAndPreposition(context, first)) {
        return first;
    }
    std::size_t next = first;
    while (next < last && (context.isNameWord(next) ? context.inList(WordList::Portfolio, next)
                                                    : context.inList(WordList::Connector, next) ||
                                                          context.inList(WordList::OrgConnector, next))) {
        ++next;
    }
    // The person's name follows the portfolio directly and looks like one: a listed given name or surname, or a word
    // no list knows; "ministro dell'Università di Genova" names no person.
    if (next >= last || !context.isNameWord(next - 1) || !canOpenPersonName(context, next)) {
        return first;
    }
    constexpr std::uint64_t kPersonName = bitOf(WordList::FirstName) | bitOf(WordList::Surname);
    const Token& name = context.tokens()[next];
    if ((name.flags & kPersonName) == 0 && name.id != kNone && !startsKnownPerson(known, next)) {
        return first;
    }
    for (std::size_t i = next; i < last; ++i) {
        if (!context.isNameWord(i) && !isInitialDot(context, i)) {
            return first;
        }
    }
    return next;
}

std::size_t afterOrdinaryOpening(const Context& context, std::size_t first, std::size_t last,
                                 const std::vector<Candidate>& known) {
    const auto& tokens = context.tokens();
    const std::size_t next = first + 1;
    if (next >= last || !tokens[first].sentenceInitial || !context.isNameWord(next) ||
        !isOrdinaryWord(context, first) || coversToken(known, first)) {
        return first;
    }
    constexpr std::uint64_t kNamePart = bitOf(WordList::OrgHead) | bitOf(WordList::PlaceHead) |
                                        bitOf(WordList::TreatyHead) | bitOf(WordList::EventHead) |
                                        bitOf(WordList::Demonym) | bitOf(WordList::Compass) |
                                        bitOf(WordList::NamePrefix) | bitOf(WordList::CommonNoun);
    const bool seenAsName =
        context.midSentenceCapitals != nullptr && context.midSentenceCapitals->count(tokens[first].folded) != 0;
    if ((tokens[first].flags & kNamePart) != 0 || seenAsName) {
        return first;
    }
    // A lone given name may be a surname after a nickname the lists miss ("Pino Daniele"): only a verb's or an
    // adverb's ending ("Arrestato", "Finalmente") says the opening word is none.
    const bool loneGivenName = context.isFirstName(next) && (next + 1 == last || !context.isNameWord(next + 1));
    const bool personWord = (tokens[next].flags & (bitOf(WordList::FirstName) | bitOf(WordList::Surname))) != 0 &&
                            (!loneGivenName || looksLikeVerbOrAdverb(tokens[first]));
    const bool unknownWord = tokens[next].id == kNone && !tokens[next].allCaps;
    return personWord || unknownWord || startsKnownPerson(known, next) ? next : first;
}

bool followsThingNoun(const Context& context, std::size_t first) {
    const auto& tokens = context.tokens();
    for (std::size_t distance = 1; distance <= 2 && distance <= first; ++distance) {
        const std::size_t before = first - distance;
        if (!sameSentence(context, before, first) || !tokens[before].isWord() || context.isNameWord(before)) {
            return false;
        }
        if (context.inList(WordList::ThingNoun, before)) {
            return true;
        }
        // "il ciclone tropicale Nargis": one describing word may stand between, in languages that put it after the
        // noun; English puts it before, and a word after the noun there makes a compound ("the film director").
        if (context.inList(WordList::Stopword, before) || context.inList(WordList::Connector, before) ||
            context.inList(WordList::Title, before) || context.language == "en") {
            return false;
        }
    }
    return false;
}

bool hasCommonNounEnding(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 12> kEndings{"ismo",   "ismi", "zione", "zioni", "logia", "logie",
                                                        "grafia", "ism",  "isms",  "tion",  "tions", "ology"};
    constexpr std::size_t kShortestStem = 3;
    const Token& word = context.tokens()[token];
    if ((word.flags & kNameLike) != 0) {
        return false;
    }
    return std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view ending) {
        return word.folded.size() >= ending.size() + kShortestStem && endsWith(word.folded, ending);
    });
}

bool namesSpeakerAtSentenceStart(const Context& context, std::size_t first) {
    const auto& tokens = context.tokens();
    constexpr std::uint64_t kPersonName = bitOf(WordList::FirstName) | bitOf(WordList::Surname);
    const std::size_t next = first + 1;
    if (!tokens[first].sentenceInitial || (tokens[first].flags & kPersonName) == 0 || next >= tokens.size() ||
        !sameSentence(context, first, next) || !tokens[next].isWord()) {
        return false;
    }
    if (context.inList(WordList::SpeechVerb, next)) {
        return true;
    }
    constexpr std::uint64_t kNoVerb =
        bitOf(WordList::Determiner) | bitOf(WordList::Connector) | bitOf(WordList::PlacePreposition);
    const std::size_t verb = next + 1;
    return context.inList(WordList::Stopword, next) && (tokens[next].flags & kNoVerb) == 0 && verb < tokens.size() &&
           sameSentence(context, first, verb) && tokens[verb].isWord() &&
           (context.inList(WordList::SpeechVerb, verb) || looksLikeParticiple(tokens[verb]));
}

bool isDemonymSurname(const Context& context, std::size_t token) {
    const auto& tokens = context.tokens();
    if (token == 0 || !context.inList(WordList::Demonym, token) || !tokens[token].capitalized ||
        tokens[token].allCaps || !sameSentence(context, token - 1, token)) {
        return false;
    }
    const std::size_t given = token - 1;
    constexpr std::uint64_t kNotGiven =
        bitOf(WordList::Title) | bitOf(WordList::Demonym) | bitOf(WordList::Calendar) | bitOf(WordList::Common);
    return context.isNameWord(given) && context.isFirstName(given) && (tokens[given].flags & kNotGiven) == 0;
}

bool isGivenNameNotMonth(const Context& context, std::size_t token) {
    const auto& tokens = context.tokens();
    const std::size_t next = token + 1;
    if (!context.inList(WordList::Calendar, token) || !context.isFirstName(token) || next >= tokens.size() ||
        !sameSentence(context, token, next) || !context.isNameWord(next) || !context.inList(WordList::Surname, next) ||
        context.inList(WordList::Calendar, next)) {
        return false;
    }
    if (token == 0 || !sameSentence(context, token - 1, token)) {
        return true;
    }
    const Token& before = tokens[token - 1];
    const bool number = !before.text.empty() && before.text.front() >= '0' && before.text.front() <= '9';
    const bool preposition =
        context.inList(WordList::Stopword, token - 1) && !context.inList(WordList::Connector, token - 1);
    return !number && !preposition;
}

bool hasDigit(const Context& context, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        const std::string& text = context.tokens()[i].text;
        if (std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return true;
        }
    }
    return false;
}

bool hasBrandAffix(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 9> kSuffixes{"media", "soft", "tech", "book", "books",
                                                        "bank",  "link", "data", "web"};
    constexpr std::size_t kShortestStem = 3;
    const Token& word = context.tokens()[token];
    if ((word.flags & kNameLike) != 0 || word.folded.size() < kShortestStem + 3) {
        return false;
    }
    if (word.folded.rfind("wiki", 0) == 0) {
        return true;
    }
    return std::any_of(kSuffixes.begin(), kSuffixes.end(), [&](std::string_view suffix) {
        return word.folded.size() >= suffix.size() + kShortestStem && endsWith(word.folded, suffix);
    });
}

bool isCompoundOfCommonWord(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 12> kPrefixes{"super", "mega", "ultra", "maxi",  "mini",  "euro",
                                                         "tele",  "auto", "micro", "macro", "multi", "iper"};
    constexpr std::array<std::string_view, 2> kSuffixes{"gate", "poli"};
    constexpr std::size_t kShortestPart = 3;
    const Token& word = context.tokens()[token];
    if ((word.flags & kNameLike) != 0) {
        return false;
    }
    const std::string_view folded = word.folded;
    auto isCommon = [&](std::string_view part) {
        const std::uint32_t id = context.image().tokenId(part);
        return part.size() >= kShortestPart && (context.image().flags(id) & bitOf(WordList::Common)) != 0;
    };
    for (std::string_view prefix : kPrefixes) {
        if (folded.size() > prefix.size() && folded.substr(0, prefix.size()) == prefix &&
            isCommon(folded.substr(prefix.size()))) {
            return true;
        }
    }
    return std::any_of(kSuffixes.begin(), kSuffixes.end(), [&](std::string_view suffix) {
        return folded.size() >= suffix.size() + kShortestPart && endsWith(folded, suffix);
    });
}

} // namespace annalist::core::ner
