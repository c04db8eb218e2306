// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/name_typing.h"

#include "ner/english_name_cues.h"
#include "ner/english_rules.h"
#include "ner/initial_ends.h"
#include "ner/institution_heads.h"
#include "ner/name_cues.h"
#include "ner/name_particles.h"
#include "ner/name_shape.h"
#include "ner/numbered_names.h"
#include "ner/passive_agents.h"
#include "ner/person_rules.h"
#include "ner/place_nouns.h"
#include "ner/place_rules.h"
#include "ner/surname_cues.h"
#include "ner/town_qualifiers.h"
#include "ner/woman_surnames.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

Candidate make(std::size_t first, std::size_t last, EntityType type, double confidence, bool guess = false) {
    return Candidate{first, last, type, kNone, Origin::Rule, confidence, guess};
}

std::optional<Candidate> typeByHeadWords(const Context& context, std::size_t first, std::size_t last) {
    if (auto headLast = typeByFinalHead(context, first, last)) {
        return headLast;
    }
    // "il lago", "Piazza": a head word alone is a place, unless people are named so too ("la voce di Ridge").
    const bool lonePersonName =
        last - first == 1 && (context.isFirstName(first) || context.inList(WordList::Surname, first));
    if (context.inList(WordList::PlaceHead, first) && !lonePersonName) {
        return make(first, last, EntityType::Place, 0.7);
    }
    // "Hyde Park", "Downing Street", "Heathrow Airport": English puts a place's head word last. After a given name
    // it is a surname ("Peter Bay", "Dan Castle") unless no one is named so ("Phillip Island", "Charles River"); after
    // a title ("il sindaco Vittorio Piazza") the head is a surname.
    constexpr std::array<std::string_view, 14> kNeverSurnames{"island",    "islands", "river",  "beach",    "square",
                                                              "avenue",    "airport", "canal",  "harbour",  "harbor",
                                                              "peninsula", "ocean",   "strait", "boulevard"};
    const bool neverSurname = std::find(kNeverSurnames.begin(), kNeverSurnames.end(),
                                        context.tokens()[last - 1].folded) != kNeverSurnames.end();
    const bool headLast = last - first >= 2 && context.inList(WordList::PlaceHead, last - 1) &&
                          context.isNameWord(last - 1) && (!context.isFirstName(first) || neverSurname) &&
                          !afterTitle(context, first);
    if (headLast && !anyInList(context, WordList::OrgHead, first, last)) {
        return make(first, last, EntityType::Place, 0.6);
    }
    if (anyInList(context, WordList::OrgHead, first, last)) {
        return make(first, last, EntityType::Organization, 0.7);
    }
    if (context.inList(WordList::TreatyHead, first)) {
        return make(first, last, EntityType::Treaty, 0.7);
    }
    if (anyInList(context, WordList::EventHead, first, last)) {
        return make(first, last, EntityType::Event, 0.6);
    }
    return std::nullopt;
}

bool isCapitalisedCommonWord(const Context& context, std::size_t token);

std::optional<Candidate> typeByContext(const Context& context, std::size_t first, std::size_t last) {
    const Token& head = context.tokens()[first];
    if (last - first >= 2 && context.isFirstName(first)) {
        if (rightAfterOrgNoun(context, first)) {
            return make(first, last, EntityType::Organization, 0.6);
        }
        return make(first, last, EntityType::Person, 0.8);
    }
    // "Ranieri III", "Pio XII": a regnal numeral ends a sovereign's or a pope's name.
    if (last - first >= 2 && isRegnalNumeral(context, last - 1) && !hasConnector(context, first, last) &&
        !isCapitalisedCommonWord(context, last - 2)) {
        return make(first, last, EntityType::Person, 0.7);
    }
    // An unknown acronym is an organisation unless it is an ordinary word in capitals ("AIDS", "TV") or a code
    // with digits ("H1N1").
    const bool hasDigit = head.text.find_first_of("0123456789") != std::string::npos;
    if (last - first == 1 && head.allCaps && head.text.size() <= 6 && !isRomanNumeral(head.text) && !hasDigit) {
        if (context.inList(WordList::Common, first)) {
            return std::nullopt;
        }
        return make(first, last, EntityType::Organization, 0.5);
    }
    if (afterOrgNoun(context, first) || (last - first == 1 && hasOrganisationShape(context, first))) {
        return make(first, last, EntityType::Organization, 0.6);
    }
    if (afterTitle(context, first) || nearSpeechVerb(context, first, last)) {
        return make(first, last, EntityType::Person, 0.7);
    }
    return std::nullopt;
}

/// True when a capitalised word is, written in lowercase, an ordinary word of some language ("Paese",
/// "Costituzione") and nothing marks it as a name.
bool isCapitalisedCommonWord(const Context& context, std::size_t token) {
    const std::uint64_t flags = context.tokens()[token].flags;
    constexpr std::uint64_t kNameLike = bitOf(WordList::Proper) | bitOf(WordList::FirstName) | bitOf(WordList::Surname);
    return (flags & bitOf(WordList::Common)) != 0 && (flags & kNameLike) == 0;
}

/// "Ahmetovic è stato arrestato", "Köcher:": a word no dictionary knows that opens a sentence and is followed by a
/// colon, a comma or a verb such as "è" or "ha" is the subject, a name; "Riaperta la strada" is not.
bool opensClauseAsSubject(const Context& context, std::size_t first) {
    const auto& tokens = context.tokens();
    const std::size_t next = first + 1;
    if (next >= tokens.size() || tokens[next].sentence != tokens[first].sentence) {
        return false;
    }
    if (!tokens[next].isWord()) {
        return tokens[next].text == ":" || tokens[next].text == ",";
    }
    constexpr std::uint64_t kNoVerb =
        bitOf(WordList::Determiner) | bitOf(WordList::Connector) | bitOf(WordList::PlacePreposition);
    return context.inList(WordList::Stopword, next) && (tokens[next].flags & kNoVerb) == 0;
}

/// "in Brambillasca", "near Wexcombe": a preposition that introduces places far more often than people, before a
/// word that is no given name; "a", "da", "per", "de" introduce people too ("consegnato a Rossi", "condotto da Rossi").
bool afterStrongPlacePreposition(const Context& context, std::size_t first) {
    const std::size_t before = wordBefore(context, first);
    // "In Valdorsena si vive bene": a preposition opening the sentence is written with a capital.
    if (before == std::string::npos || (context.isNameWord(before) && !context.tokens()[before].sentenceInitial) ||
        context.isFirstName(first) || !context.inList(WordList::PlacePreposition, before)) {
        return false;
    }
    constexpr std::string_view kStrong[] = {"in",     "presso",     "near",   "at", "into", "outside", "towards",
                                            "toward", "throughout", "across", "en", "nach", "hacia"};
    const std::string& word = context.tokens()[before].folded;
    return std::find(std::begin(kStrong), std::end(kStrong), word) != std::end(kStrong);
}

/// True when a word opening a sentence is there an ordinary word rather than a name.
bool isOrdinaryOpening(const Context& context, std::size_t first) {
    const Token& head = context.tokens()[first];
    const bool unseenElsewhere =
        context.midSentenceCapitals == nullptr || context.midSentenceCapitals->count(head.folded) == 0;
    if (!unseenElsewhere) {
        return false;
    }
    // A word opening a sentence is a name only when some list knows it as one (a surname, a proper noun) and no
    // dictionary knows it as an ordinary word; elsewhere in the text a capital is evidence enough. A German noun
    // is written with a capital only in German: in another language's text it is a surname ("Köcher:",
    // "Fischer ha detto").
    const bool germanNounsCount = context.language.empty() || context.language.substr(0, 2) == "de";
    const std::uint64_t kOrdinary =
        bitOf(WordList::Common) | (germanNounsCount ? bitOf(WordList::CommonNoun) : std::uint64_t{0});
    const bool knownAsName =
        ((head.flags & kOrdinary) == 0 && (head.id != kNone || opensClauseAsSubject(context, first)) &&
         !hasCommonNounEnding(context, first)) ||
        namesSpeakerAtSentenceStart(context, first) || hasSurnameEnding(context, first);
    // "NHS Wales published", "RCMP officers": in English news an acronym is written in capitals wherever it stands;
    // one before a dash may be a dateline's code ("QZX -").
    const auto& tokens = context.tokens();
    const bool acronym = context.language == "en" && head.allCaps && head.end - head.start >= 2 &&
                         first + 1 < tokens.size() && tokens[first + 1].isWord() &&
                         tokens[first + 1].sentence == head.sentence;
    return !knownAsName && !acronym;
}

/// True when a single capitalised word cannot be a name whatever surrounds it: a word opening a sentence that no
/// list knows as a name, a letter, a function word or an elided one ("D’estate"), a month, a nationality or an
/// ordinary word in capitals.
bool cannotBeSingleName(const Context& context, std::size_t first) {
    const Token& head = context.tokens()[first];
    return (head.sentenceInitial && isOrdinaryOpening(context, first)) || head.end - head.start == 1 ||
           context.inList(WordList::Stopword, first) || context.inList(WordList::Calendar, first) ||
           (head.apostrophe && context.inList(WordList::Connector, first)) ||
           context.inList(WordList::Demonym, first) || context.inList(WordList::Determiner, first) ||
           (context.inList(WordList::Compass, first) && !context.inList(WordList::Surname, first)) ||
           isCapitalisedCommonWord(context, first) || (head.allCaps && context.inList(WordList::Common, first)) ||
           hasCommonNounEnding(context, first);
}

/// An Italian plural article or article with a preposition, lowercase, right before the word: "i", "dei", "agli".
bool afterPluralArticle(const Context& context, std::size_t first) {
    constexpr std::array<std::string_view, 13> kPlural{"i",     "gli", "dei",   "degli", "ai",    "agli", "dai",
                                                       "dagli", "sui", "sugli", "nei",   "negli", "coi"};
    const std::size_t before = wordBefore(context, first);
    return context.language == "it" && before != std::string::npos && !context.isNameWord(before) &&
           std::find(kPlural.begin(), kPlural.end(), context.tokens()[before].folded) != kPlural.end();
}

/// A word that only another language's dictionary knows ("boxe" in an Italian text is French, "arriva" in an English
/// one Italian): it may well be a town or a firm, but nothing says it is a person.
bool isOtherLanguageWord(const Context& context, std::size_t token) {
    constexpr std::uint64_t kNameLike = bitOf(WordList::Proper) | bitOf(WordList::FirstName) | bitOf(WordList::Surname);
    const std::uint64_t flags = context.tokens()[token].flags;
    return (flags & kCommonInAnyLanguage) != 0 && (flags & (bitOf(WordList::Common) | kNameLike)) == 0;
}

std::optional<Candidate> typeSingleWord(const Context& context, std::size_t first) {
    if (cannotBeSingleName(context, first)) {
        return std::nullopt;
    }
    // "sulla A14", "un F35", "la A4": a word of letters and digits no list knows is a road, a model or a code.
    if (context.tokens()[first].text.find_first_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    if (isWomanSurnameAfterArticle(context, first)) {
        return make(first, first + 1, EntityType::Person, 0.5, true);
    }
    if (precededByList(context, first, WordList::PlaceNoun, 1) || joinsKnownPlaces(context, first) ||
        afterPlaceNoun(context, first) || afterStrongPlacePreposition(context, first)) {
        return make(first, first + 1, EntityType::Place, 0.5, true);
    }
    if (isPersonWord(context, first)) {
        return make(first, first + 1, EntityType::Person, 0.5, true);
    }
    // "condotto da Ahmetović", "a Kowalski": the agent of a passive, or a family name's ending, outweighs a
    // preposition that often introduces places.
    if (followsPassiveAgent(context, first) || hasSurnameEnding(context, first)) {
        return make(first, first + 1, EntityType::Person, 0.5, true);
    }
    if (precededByList(context, first, WordList::PlacePreposition, 1) || afterPlaceNoun(context, first)) {
        return make(first, first + 1, EntityType::Place, 0.4, true);
    }
    // News names people by surname alone, without an article ("secondo Marcelletti"); an unknown name after an
    // article is more often a company, a party or a body ("la Toremar", "del Pdl").
    const bool afterArticle = precededByList(context, first, WordList::Determiner, 1);
    // "la Festa", "il Mondo": a dictionary word after an article is that word with a capital, when only the
    // capital says it is a name; better no entity than a wrong organisation.
    if (afterArticle && context.inList(WordList::Common, first) && !context.inList(WordList::Proper, first)) {
        return std::nullopt;
    }
    if (!afterArticle && hasEnglishTownEnding(context, first)) {
        return make(first, first + 1, EntityType::Place, 0.4, true);
    }
    if (!afterArticle && isOtherLanguageWord(context, first)) {
        return std::nullopt;
    }
    return make(first, first + 1, afterArticle ? EntityType::Organization : EntityType::Person, 0.4, true);
}

std::optional<Candidate> typeByDefault(const Context& context, std::size_t first, std::size_t last) {
    if (last - first == 1) {
        return typeSingleWord(context, first);
    }
    if (afterPlaceNoun(context, first) || isNamedWithPlaceAdjective(context, first, last)) {
        return make(first, last, EntityType::Place, 0.5, true);
    }
    if (joinsByNameParticles(context, first, last)) {
        return make(first, last, EntityType::Person, 0.5, true);
    }
    if (hasConnector(context, first, last)) {
        return make(first, last, EntityType::Organization, 0.4, true);
    }
    if (isPersonWord(context, last - 1) || hasSurnameEnding(context, last - 1)) {
        return make(first, last, EntityType::Person, 0.6, true);
    }
    // "Servizi Adriatica": a word of another language's dictionary, too, makes a name of words a firm's rather than a
    // person's, though it is no reason to drop the name.
    std::size_t common = 0;
    std::size_t foreign = 0;
    for (std::size_t i = first; i < last; ++i) {
        common += isCapitalisedCommonWord(context, i) ? 1 : 0;
        foreign += isOtherLanguageWord(context, i) ? 1 : 0;
    }
    // "Codice Penale", "Good Morning": ordinary words with capitals and no head word are a title or a thing.
    if (common == last - first) {
        return std::nullopt;
    }
    return make(first, last, common + foreign > 0 ? EntityType::Organization : EntityType::Person, 0.4, true);
}

} // namespace

bool isCompanyNoun(const Context& context, std::size_t word) {
    constexpr std::array<std::string_view, 8> kTrades{"editore",   "produttore", "costruttore", "operatore",
                                                      "publisher", "producer",   "maker",       "editor"};
    const std::string& folded = context.tokens()[word].folded;
    return !context.isNameWord(word) && context.inList(WordList::OrgNoun, word) &&
           std::find(kTrades.begin(), kTrades.end(), folded) == kTrades.end();
}

bool isHeadedName(const Context& context, std::size_t token) {
    return context.inList(WordList::OrgHead, token) || context.inList(WordList::PlaceHead, token) ||
           context.inList(WordList::TreatyHead, token);
}

bool isLoneCommonHead(const Context& context, const Candidate& name) {
    // Capitalised alone, these name the one chamber or body of the story ("la Camera", "the Senate"); the Italian
    // institution nouns ("il Senato", "la Procura") are listed as such.
    constexpr std::array<std::string_view, 6> kUniqueBodies{"camera",     "senate",     "congress",
                                                            "parliament", "commission", "treasury"};
    const std::size_t token = name.first;
    const std::string& folded = context.tokens()[token].folded;
    return name.last - name.first == 1 && name.type == EntityType::Organization && name.entry == kNone &&
           context.inList(WordList::OrgHead, token) && !context.inList(WordList::InstitutionNoun, token) &&
           std::find(kUniqueBodies.begin(), kUniqueBodies.end(), folded) == kUniqueBodies.end() &&
           !namesInstitutionAfterArticle(context, token);
}

std::optional<Candidate> streetName(const Context& context, std::size_t first, std::size_t last) {
    const std::size_t before = wordBefore(context, first);
    if (before != std::string::npos && !context.isNameWord(before) && context.inList(WordList::StreetPrefix, before) &&
        !isChannelAfterVia(context, before, first, last)) {
        return make(before, last, EntityType::Place, 0.8);
    }
    return std::nullopt;
}

/// "i Doors", "gli Stones", "i Gipsy Kings": a lowercase Italian plural article before a name no list knows says a
/// group written as one, a band, a team or a party. A lone surname or given name stays a family ("i Kennedy"), and
/// a capitalised Italian plural noun an event or a body of the story ("i Mondiali", "i Giochi").
bool namesGroupAfterPluralArticle(const Context& context, std::size_t first, std::size_t last) {
    const std::size_t before = wordBefore(context, first);
    if (before == std::string::npos || context.language == "en") {
        return false;
    }
    const Token& article = context.tokens()[before];
    if (article.capitalized || (article.folded != "i" && article.folded != "gli")) {
        return false;
    }
    // "tra i VIP": a lone word in capitals is left to the acronym rules.
    const bool lone = last - first == 1;
    if (context.isFirstName(first) ||
        (lone && (context.inList(WordList::Surname, first) || context.tokens()[first].allCaps))) {
        return false;
    }
    const std::string& word = context.tokens()[last - 1].folded;
    const bool italianPlural = !word.empty() && (word.back() == 'i' || word.back() == 'e');
    return !(isCapitalisedCommonWord(context, last - 1) && italianPlural) &&
           !context.inList(WordList::Demonym, last - 1);
}

/// "il senatore La Russa", "il gol di Del Piero", "Dell’Utri": Italian surnames open with a capitalised article or
/// an article joined to a preposition. Inside a sentence, such a name is a person when it opens with a preposition
/// ("Del", "Dalla", "Dell’": newspapers, parties and bands open with "Il", "La", "L’", "I"), or with an article when a
/// title stands before it or the word after the article is a listed name.
bool isParticleSurname(const Context& context, std::size_t first, std::size_t last) {
    constexpr std::array<std::string_view, 4> kArticles{"la", "lo", "li", "le"};
    constexpr std::array<std::string_view, 15> kPrepositions{"del",   "della", "dello", "dal",   "dalla",
                                                             "dallo", "dell'", "dall'", "d'",    "de",
                                                             "di",    "da",    "dei",   "degli", "delle"};
    const Token& head = context.tokens()[first];
    // English keeps "De Beers" and "Del Monte" for firms.
    if (last - first < 2 || !head.capitalized || head.allCaps || context.language != "it") {
        return false;
    }
    const bool article = std::find(kArticles.begin(), kArticles.end(), head.folded) != kArticles.end();
    const bool preposition = std::find(kPrepositions.begin(), kPrepositions.end(), head.folded) != kPrepositions.end();
    if (!article && !preposition) {
        return false;
    }
    if (head.sentenceInitial) {
        return false;
    }
    return preposition || afterTitle(context, first) || isPersonWord(context, first + 1);
}

std::optional<Candidate> typeUnknownName(const Context& context, std::size_t first, std::size_t last) {
    // "Mancuso, già presidente del Senato,": a title in apposition outweighs an ordinary word's capital.
    if (last - first == 1 && (hasTitleApposition(context, first) || isBareSubjectOfPerfect(context, first))) {
        return make(first, last, EntityType::Person, 0.6);
    }
    if (last - first == 1 && isHyphenatedSaintPlace(context, first)) {
        return make(first, last, EntityType::Place, 0.6);
    }
    // A lone head word opening a sentence ("Accordo raggiunto") is a common noun, not a name.
    if (last - first == 1 && context.tokens()[first].sentenceInitial && isHeadedName(context, first)) {
        return std::nullopt;
    }
    if (auto typed = typeByHeadWords(context, first, last)) {
        return typed;
    }
    if (namesPartyByAdjective(context, first, last)) {
        return make(first, last, EntityType::Organization, 0.6);
    }
    if (last - first == 1 && isPortfolioAfterTitle(context, first)) {
        return std::nullopt;
    }
    // "dei Popolari hanno chiesto": a plural article before a name that is no given name says a party, a band or a
    // team, even when a speech verb follows; before a listed surname it says a family ("i Bianchi").
    if (last - first == 1 && afterPluralArticle(context, first) && !context.isFirstName(first) &&
        !context.inList(WordList::Surname, first) && !cannotBeSingleName(context, first)) {
        return make(first, last, EntityType::Organization, 0.5, true);
    }
    if (isParticleSurname(context, first, last)) {
        return make(first, last, EntityType::Person, 0.6);
    }
    // "La Repubblica", "I Democratici": a capitalised article inside a sentence opens the name of a newspaper, a
    // party or a band.
    const Token& head = context.tokens()[first];
    if (last - first >= 2 && head.capitalized && !head.sentenceInitial && context.inList(WordList::Determiner, first)) {
        return make(first, last, EntityType::Organization, 0.5);
    }
    if (last - first == 1 && followsHonorific(context, first)) {
        return make(first, last, EntityType::Person, 0.7);
    }
    // "Viene annunciato": an ordinary word opening a sentence stays one even before a speech verb; "The" after a dash
    // or a colon is a function word anywhere.
    const bool functionWord =
        !head.allCaps && (context.inList(WordList::Stopword, first) || context.inList(WordList::Determiner, first));
    // "the N.R.S.A. Officials said": an ordinary word after initials and their full stop opens a sentence too.
    const bool opensSentence = head.sentenceInitial || (first > 0 && isInitialDot(context, first - 1) &&
                                                        opensSentenceAfterInitials(context, first - 1));
    if (last - first == 1 && ((opensSentence && cannotBeSingleName(context, first)) || functionWord)) {
        return std::nullopt;
    }
    // "residents in nearby Ordsall were told": the preposition outweighs a speech verb after the name.
    if (last - first == 1 && isEnglishPlaceAfterPreposition(context, first) && !cannotBeSingleName(context, first)) {
        return make(first, last, EntityType::Place, 0.5, true);
    }
    if (namesGroupAfterPluralArticle(context, first, last) && !functionWord) {
        return make(first, last, EntityType::Organization, 0.5);
    }
    std::optional<Candidate> typed = typeByContext(context, first, last);
    if (!typed) {
        typed = typeByDefault(context, first, last);
    }
    // "H1N1", "A3", "Cult2014": a word with digits is a code, a model or a road, not a person; "l'uragano Katia",
    // "Hurricane Katia", "il singolo Lucia": storms, records and ships named like people are no people either.
    const bool thing = followsThingNoun(context, first) || context.inList(WordList::ThingNoun, first);
    const bool compound = last - first == 1 && isCompoundOfCommonWord(context, first);
    // "Artemis II", "Gemini 7": a mission or a product numbered after its name.
    if (typed && typed->type == EntityType::Person &&
        (thing || compound || hasDigit(context, first, last) || isNumberedThing(context, first, last))) {
        return std::nullopt;
    }
    return typed;
}

bool isPersonWord(const Context& context, std::size_t token) {
    const bool listed = context.inList(WordList::Surname, token) || context.isFirstName(token);
    return listed && !(context.inList(WordList::Common, token) && !context.inList(WordList::Proper, token));
}

} // namespace annalist::core::ner
