// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/known_name_typing.h"

#include "ner/english_rules.h"
#include "ner/institution_heads.h"
#include "ner/name_cues.h"
#include "ner/name_particles.h"
#include "ner/name_shape.h"
#include "ner/name_typing.h"
#include "ner/person_rules.h"
#include "ner/place_rules.h"
#include "ner/surname_cues.h"
#include "ner/town_qualifiers.h"

namespace annalist::core::ner {

namespace {

Candidate make(std::size_t first, std::size_t last, EntityType type, double confidence) {
    return Candidate{first, last, type, kNone, Origin::Rule, confidence, false};
}

/// A place followed by capitalised words that are no first names names something after the place: a direction or a
/// place's head word keeps it a place ("Germania Est", "Hatfield Station"), anything else makes it an organisation
/// ("Miami Marlins", "New York Post").
std::optional<Candidate> typeNamedAfterPlace(const Context& context, std::size_t first, std::size_t last,
                                             const Candidate& known) {
    if (known.first != first || known.type != EntityType::Place || hasConnector(context, known.last, last)) {
        return std::nullopt;
    }
    // "Manchester Ship Canal", "Liverpool Street": a place's head word after it names another place; "Ariano
    // Irpino": a town's qualifier belongs to its name.
    if (context.inList(WordList::PlaceHead, last - 1) ||
        (last == known.last + 1 && qualifiesItalianTown(context, known.last))) {
        return make(first, last, EntityType::Place, 0.6);
    }
    // "Lautaro Martinez": a town's name before a lone surname is a given name.
    const bool townBeforeSurname =
        known.last - known.first == 1 && last == known.last + 1 && known.entry != kNone &&
        context.image().string(context.image().entry(known.entry).key).rfind("city:", 0) == 0 &&
        context.inList(WordList::Surname, known.last) && !context.inList(WordList::Common, known.last);
    // "Shelby West", "Shelby Clark": so is a town's name that is no country's or major city's before one listed
    // surname, a direction among them.
    const bool minorPlaceBeforeSurname = last == known.last + 1 && known.last - known.first == 1 &&
                                         !isMajorPlaceWord(context, known.first) &&
                                         !context.inList(WordList::PlaceHead, known.last) &&
                                         (isPersonWord(context, known.last) || isSurnameDirection(context, known.last));
    if (townBeforeSurname || minorPlaceBeforeSurname) {
        return make(first, last, EntityType::Person, 0.6);
    }
    bool compass = true;
    for (std::size_t i = known.last; i < last; ++i) {
        // "Chesapeake Marine Terminals": a first name that is also an ordinary word, inside the name, is the word.
        const bool givenName = context.isFirstName(i) && !(context.inList(WordList::Common, i) && i + 1 < last);
        if (givenName || context.inList(WordList::Stopword, i)) {
            return std::nullopt;
        }
        compass = compass && context.inList(WordList::Compass, i);
    }
    // "Hatfield Station", "Wembley Park": a place's head word last names a place after the town.
    const bool placeHead = context.inList(WordList::PlaceHead, last - 1);
    return make(first, last, compass || placeHead ? EntityType::Place : EntityType::Organization, 0.5);
}

/// The first word of [first, last) after the initials that open it ("J. Robin Warren" → "Robin").
std::size_t afterInitials(const Context& context, std::size_t first, std::size_t last) {
    while (first + 2 < last && isInitialDot(context, first + 1)) {
        first += 2;
    }
    return first;
}

/// "Cissy Houston", "Dionne Warwick": an unknown proper word before a one-word place that ends the name is a given
/// name before a surname that happens to name a town.
bool isGivenNameBeforePlace(const Context& context, std::size_t first, std::size_t last, const Candidate& known) {
    constexpr std::uint64_t kNotGiven = kCommonInAnyLanguage | bitOf(WordList::Compass) | bitOf(WordList::Demonym) |
                                        bitOf(WordList::NamePrefix) | bitOf(WordList::Title) |
                                        bitOf(WordList::Stopword);
    if (known.type != EntityType::Place || known.last != last || known.last - known.first != 1 ||
        known.first <= first || hasConnector(context, first, last)) {
        return false;
    }
    for (std::size_t i = afterInitials(context, first, last); i < known.first; ++i) {
        const Token& token = context.tokens()[i];
        if ((token.flags & kNotGiven) != 0 || token.allCaps || isHeadedName(context, i)) {
            return false;
        }
    }
    return true;
}

/// "Insurance Bureau of Canada", "National Bank of Greece": in English a head word, "of" and the place that closes the
/// run make one organisation.
bool isEnglishBodyOfPlace(const Context& context, std::size_t first, std::size_t last, const Candidate& known) {
    if (context.language != "en" || known.type != EntityType::Place || known.last != last || known.first < first + 2) {
        return false;
    }
    const std::size_t connector = known.first - 1;
    return context.tokens()[connector].folded == "of" && context.isNameWord(connector - 1) &&
           context.inList(WordList::OrgHead, connector - 1);
}

} // namespace

std::optional<Candidate> typeNameAroundKnown(const Context& context, std::size_t first, std::size_t last,
                                             const Candidate& known) {
    if (auto headLast = typeByFinalHead(context, first, last)) {
        return headLast;
    }
    if (isEnglishBodyOfPlace(context, first, last, known)) {
        return make(first, last, EntityType::Organization, 0.7);
    }
    if (namesBodyAfterCountry(context, first, last, known)) {
        return make(first, last, EntityType::Organization, 0.6);
    }
    if (context.inList(WordList::OrgHead, first)) {
        return make(first, last, EntityType::Organization, 0.7);
    }
    if (context.inList(WordList::TreatyHead, first)) {
        return make(first, last, EntityType::Treaty, 0.7);
    }
    // "Golfo di Cagliari", "Via Palestro", "Port of Baltimore": a place head right before a known name that ends the
    // run, or with only a connector between, makes one place of both; "Palazzo Presidenziale | di Hanoi" is a facility
    // in a town.
    if (context.inList(WordList::PlaceHead, first) && known.first > first && known.last == last &&
        !hasNameWordBetween(context, first + 1, known.first)) {
        return make(first, last, EntityType::Place, 0.7);
    }
    // "la compagnia genovese Costa Crociere", "the airline Air Tanzania": right after a company noun, a run around a
    // known name is one organisation.
    if (rightAfterOrgNoun(context, first) && !hasConnector(context, first, known.first)) {
        return make(first, last, EntityType::Organization, 0.6);
    }
    if (isSurnameAfterSmallTown(context, first, last, {&known})) {
        return make(first, last, EntityType::Person, 0.6);
    }
    if (namesPartOfItalianCity(context, first, last, known)) {
        return make(first, last, EntityType::Place, 0.6);
    }
    const std::size_t given = afterInitials(context, first, last);
    // "Ahmed bin Khalid", "Ludwig van der Berg": the particles of a family name join a person's names.
    const bool joined = !hasConnector(context, first, last) || joinsByNameParticles(context, first, last);
    const bool personLike = context.isFirstName(given) && joined && !context.inList(WordList::PlaceHead, given);
    // "Jeb Bush", "Sultan Al Jaber": a known surname inside unknown capitalised words makes one unknown person.
    const bool beforeSurname = known.surnameOnly && !hasConnector(context, first, last);
    if (personLike || beforeSurname || isGivenNameBeforePlace(context, first, last, known)) {
        return make(first, last, EntityType::Person, 0.7);
    }
    return typeNamedAfterPlace(context, first, last, known);
}

} // namespace annalist::core::ner
