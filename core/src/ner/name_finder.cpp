// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/candidate.h"
#include "ner/capitalised_runs.h"
#include "ner/institution_extent.h"
#include "ner/institution_heads.h"
#include "ner/known_name_typing.h"
#include "ner/known_spans.h"
#include "ner/name_cues.h"
#include "ner/name_particles.h"
#include "ner/name_typing.h"
#include "ner/person_rules.h"
#include "ner/place_nouns.h"
#include "ner/place_rules.h"
#include "ner/run_boundaries.h"
#include "ner/seat_holders.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <span>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// Leaves out what precedes a name without being part of it: titles ("Presidente") and capitalised
/// function words at the start of a sentence ("Il", "Dopo"). A known name of several words that a title opens
/// ("Premier League", "General Assembly") keeps it.
Run stripLeadingWords(const Context& context, Run run, const KnownSpans& known) {
    const auto& tokens = context.tokens();
    while (run.first < run.last) {
        const auto opening = known.openingIn(run.first, run.first + 1);
        const bool opensKnown = std::any_of(opening.begin(), opening.end(), [&](const Candidate& name) {
            return name.first == run.first && name.last - name.first > 1 && name.type != EntityType::Person;
        });
        const bool title = context.inList(WordList::Title, run.first) && !opensKnown;
        // "Stati Uniti d'America: ...": a function word ("stati" is a participle too) opening a known name stays;
        // an article does not ("The Football Association").
        const bool keptForKnown = opensKnown && !context.inList(WordList::Determiner, run.first);
        const bool initialFunctionWord =
            tokens[run.first].sentenceInitial && context.inList(WordList::Stopword, run.first) && !keptForKnown;
        if (!title && !initialFunctionWord && context.isNameWord(run.first)) {
            break;
        }
        ++run.first;
    }
    return run;
}

/// Leaves out a minister's portfolio ("ministro del Lavoro | Rossi") and an ordinary word opening the sentence
/// ("Chiamo | Mario") before a person's name, unless a known name would be cut.
Run stripOpeningWords(const Context& context, Run run, const KnownSpans& known) {
    if (run.last <= run.first) {
        return run;
    }
    std::size_t first = afterPortfolio(context, run.first, run.last, known.all());
    if (first == run.first) {
        first = afterOrdinaryOpening(context, run.first, run.last, known.all());
    }
    if (first == run.first) {
        first = afterOpeningBeforeInstitution(context, run.first, run.last, known.all());
    }
    const auto around = first == 0 ? std::span<const Candidate>() : known.reachingPast(first, first - 1);
    const bool cutsKnown = std::any_of(around.begin(), around.end(),
                                       [&](const Candidate& name) { return name.first < first && first < name.last; });
    return cutsKnown ? run : Run{first, run.last};
}

/// Trims connectors left at either end after a known name was cut out of a run.
Run trimConnectors(const Context& context, Run run) {
    while (run.first < run.last && !context.isNameWord(run.first)) {
        ++run.first;
    }
    while (run.last > run.first && !context.isNameWord(run.last - 1)) {
        --run.last;
    }
    return run;
}

/// True when a run should be cut before token `i`: a first name after other words ("Repubblica | Sergio
/// Mattarella"), or a second place after a connector ("Sala Grande | del Palazzo Presidenziale").
/// "Raffaele Cioni | dell'Istituto Nazionale": a person's name does not run on through a connector into an
/// institution or a facility.
bool leavesPersonForInstitution(const Context& context, std::size_t runFirst, std::size_t i) {
    const bool afterConnector = !context.isNameWord(i - 1);
    const bool institution = context.inList(WordList::OrgHead, i) || context.inList(WordList::PlaceHead, i);
    // "il dottor Abbass del Ministero della Salute": after a title the run opens with a person's name too.
    const bool person = context.isFirstName(runFirst) || afterTitle(context, runFirst);
    return afterConnector && institution && person && !isHeadedName(context, runFirst);
}

/// "a Milano | Daniele Oppi", "Banca d'Italia | Guido Carli": a city or a country after a preposition is no given name
/// before another, as "Georgia May Jagger" opening a sentence may be.
bool isPlaceAfterPreposition(const Context& context, std::size_t place) {
    const auto& tokens = context.tokens();
    if (place == 0 || tokens[place - 1].sentence != tokens[place].sentence || context.isNameWord(place - 1)) {
        return false;
    }
    const bool preposition =
        context.inList(WordList::PlacePreposition, place - 1) || context.inList(WordList::Connector, place - 1);
    return preposition && isMajorPlaceWord(context, place);
}

/// "Consiglio dei Ministri | Silvio Berlusconi": a first name after an institution's name of two words or more
/// starts a person; after a one-word head ("Fondazione Carlo Bo") it names the institution.
/// "Microsoft di | Bill Gates": after a connector, a first name and another name word start a person, unless a
/// head word opened the run ("Fondazione di Carlo Rossi" is hard to tell and stays whole).
bool startsPerson(const Context& context, std::size_t runFirst, std::size_t i) {
    const auto& tokens = context.tokens();
    // "a Milano Daniele Oppi", "Banca d'Italia Guido Carli": a known place after a preposition ends before a first
    // name even when it is one too.
    const bool endsName = !context.isFirstName(i - 1) ||
                          (i - 1 == runFirst && isKnownPlaceAfterPreposition(context, runFirst)) ||
                          isPlaceAfterPreposition(context, i - 1);
    const bool firstNameOpens =
        i + 1 < tokens.size() && context.isFirstName(i) && endsName && context.isNameWord(i + 1);
    // "Chesapeake Marine Terminals": in English a first name that is an ordinary word, before a word that is no
    // name of a person, goes on with the name before it.
    const bool ordinaryWord = context.language == "en" && context.inList(WordList::Common, i) &&
                              !context.inList(WordList::Surname, i + 1) && !context.isFirstName(i + 1);
    if (!firstNameOpens || ordinaryWord || continuesArabicName(context, runFirst, i)) {
        return false;
    }
    if (!context.isNameWord(i - 1)) {
        return !isHeadedName(context, runFirst);
    }
    return !isHeadedName(context, runFirst) || i - runFirst >= 2;
}

bool startsNewName(const Context& context, std::size_t runFirst, std::size_t i) {
    if (context.inList(WordList::PlaceHead, runFirst) && context.inList(WordList::PlaceHead, i) &&
        !context.isNameWord(i - 1)) {
        return true;
    }
    // "J. Robin Warren": a name goes on after an initial.
    if (isInitialDot(context, i - 1)) {
        return false;
    }
    // "Di Maio", "San Marino" stay whole; a lowercase "di" is a connector, not a prefix.
    const bool prefixBefore = context.inList(WordList::NamePrefix, i - 1) && context.isNameWord(i - 1);
    if (context.inList(WordList::NamePrefix, i) || prefixBefore) {
        return false;
    }
    return leavesPersonForInstitution(context, runFirst, i) || startsPerson(context, runFirst, i) ||
           leavesFullNameAtConnector(context, runFirst, i);
}

/// "Capo di Ponte", "Isola del Liri": a known name runs on whatever its words would say apart.
bool insideKnownName(const KnownSpans& known, std::size_t start, std::size_t i) {
    const auto around = known.reachingPast(i, start);
    return std::any_of(around.begin(), around.end(),
                       [&](const Candidate& name) { return name.first <= start && i < name.last; });
}

/// Calls `visit` with each part of a run, cut where another name starts, in order.
template <typename Visit> void forEachNamePart(const Context& context, Run run, const KnownSpans& known, Visit visit) {
    std::size_t start = run.first;
    for (std::size_t i = run.first + 1; i < run.last; ++i) {
        if (context.isNameWord(i) && startsNewName(context, start, i) && !insideKnownName(known, start, i)) {
            visit(trimConnectors(context, {start, i}));
            start = i;
        }
    }
    visit(Run{start, run.last});
}

std::vector<const Candidate*> knownInside(const KnownSpans& known, Run run) {
    std::vector<const Candidate*> inside;
    for (const Candidate& candidate : known.openingIn(run.first, run.last)) {
        if (candidate.first >= run.first && candidate.last <= run.last) {
            inside.push_back(&candidate);
        }
    }
    return inside;
}

/// Types the parts of a run between the known names inside it.
void addUncoveredParts(const Context& context, Run run, const std::vector<const Candidate*>& inside,
                       std::vector<Candidate>& out) {
    std::size_t from = run.first;
    auto emit = [&](std::size_t to) {
        const Run part = trimConnectors(context, {from, to});
        if (part.last > part.first) {
            if (auto candidate = typeUnknownName(context, part.first, part.last)) {
                out.push_back(*candidate);
            }
        }
    };
    for (const Candidate* candidate : inside) {
        if (candidate->first < from) {
            continue;
        }
        emit(candidate->first);
        out.push_back(*candidate);
        from = candidate->last;
        // "Ranieri III di Monaco": a regnal numeral belongs to the known person before it.
        if (candidate->type == EntityType::Person && from < run.last && isRegnalNumeral(context, from)) {
            out.back().last = ++from;
        }
    }
    emit(run.last);
}

/// "the IMF and World Bank", "Fiat e Pirelli": a run that is two names known in full, joined by a conjunction, is the
/// two of them.
bool areTwoKnownNames(const Context& context, Run run, const std::vector<const Candidate*>& inside) {
    if (inside.size() != 2 || inside.front()->first != run.first || inside.back()->last != run.last ||
        inside.front()->surnameOnly || inside.back()->surnameOnly || inside.back()->first != inside.front()->last + 1) {
        return false;
    }
    const Token& joiner = context.tokens()[inside.front()->last];
    return !joiner.capitalized && (joiner.text == "and" || joiner.text == "e" || joiner.text == "ed" ||
                                   joiner.text == "et" || joiner.text == "y" || joiner.text == "und");
}

void resolveRun(const Context& context, Run run, const KnownSpans& known, std::vector<Candidate>& out) {
    if (isCommonChannelAfterVia(context, run.first, run.last, known.all())) {
        return;
    }
    if (auto street = streetName(context, run.first, run.last)) {
        out.push_back(*street);
        return;
    }
    // A place that ends before the run does leaves the rest to be resolved on its own ("stadio Olimpico | di Roma").
    auto placeThenRest = [&](const Candidate& place) {
        out.push_back(place);
        const Run rest = trimConnectors(context, {place.last, run.last});
        if (rest.last > rest.first) {
            resolveRun(context, rest, known, out);
        }
    };
    if (auto headed = placeHeadName(context, run.first, run.last)) {
        placeThenRest(*headed);
        return;
    }
    const auto inside = knownInside(known, run);
    if (auto headed = headedPlace(context, run.first, run.last, inside)) {
        placeThenRest(*headed);
        return;
    }
    const bool exactlyKnown =
        inside.size() == 1 && inside.front()->first == run.first && inside.front()->last == run.last;
    if (exactlyKnown) {
        out.push_back(*inside.front());
        return;
    }
    if (auto placed = placeByStructure(context, run.first, run.last, inside)) {
        placeThenRest(*placed);
        return;
    }
    // "Consiglio Silvio Berlusconi", "Egitto Hosni Mubarak": a known person's full name never joins a longer name.
    // "Usa Obama": nor does a known surname right after a known place.
    const bool holdsKnownPerson = std::any_of(inside.begin(), inside.end(), [&](const Candidate* candidate) {
        return candidate->type == EntityType::Person &&
               ((!candidate->surnameOnly && candidate->last - candidate->first > 1) ||
                (candidate->surnameOnly && candidate != inside.front() && inside.front()->type == EntityType::Place &&
                 inside.front()->last == candidate->first));
    });
    // "il sindaco di Firenze | Bernardelli": a title's seat, then its holder.
    if (inside.size() == 1 && isSeatBeforeHolder(context, run.first, run.last, *inside.front())) {
        out.push_back(*inside.front());
        out.push_back(Candidate{inside.front()->last, run.last, EntityType::Person, kNone, Origin::Rule, 0.6, false});
        return;
    }
    if (areTwoKnownNames(context, run, inside)) {
        out.push_back(*inside.front());
        out.push_back(*inside.back());
        return;
    }
    if (!inside.empty() && !holdsKnownPerson) {
        if (auto whole = typeNameAroundKnown(context, run.first, run.last, *inside.front())) {
            out.push_back(*whole);
            return;
        }
    }
    addUncoveredParts(context, run, inside, out);
}

/// Known names that no capitalised run holds whole ("Trinidad e Tobago") are taken as they are, and
/// their tokens are kept out of the runs.
std::vector<ReachedRun> runsAroundKnownNames(const Context& context, const std::vector<Candidate>& known,
                                             std::vector<Candidate>& out) {
    std::vector<char> consumed(context.tokens().size(), 0);
    std::vector<ReachedRun> runs = capitalisedRuns(context, consumed);
    bool changed = false;
    for (const Candidate& candidate : known) {
        // The runs are disjoint and in order: only the last one opening at or before the name can hold it.
        const auto after =
            std::upper_bound(runs.begin(), runs.end(), candidate.first,
                             [](std::size_t token, const ReachedRun& reached) { return token < reached.run.first; });
        const bool held = after != runs.begin() && candidate.last <= std::prev(after)->run.last;
        if (!held) {
            out.push_back(candidate);
            std::fill(consumed.begin() + static_cast<std::ptrdiff_t>(candidate.first),
                      consumed.begin() + static_cast<std::ptrdiff_t>(candidate.last), 1);
            changed = true;
        }
    }
    return changed ? capitalisedRuns(context, consumed, runs) : runs;
}

/// "Clemente Russo", "Paolo Romano": a nationality that is also a surname names the person after a first name.
bool isSurnameAfterFirstName(const Context& context, std::size_t i) {
    return i > 0 && context.inList(WordList::Surname, i) && context.isFirstName(i - 1) && context.isNameWord(i - 1) &&
           context.tokens()[i - 1].sentence == context.tokens()[i].sentence;
}

/// True when a capitalised word inside a run describes rather than names: a title ("President"), a nationality
/// ("Swedish") or a month ("July"), unless it belongs to a known name ("Assemblea Generale delle Nazioni Unite").
bool isDescriptiveWord(const Context& context, std::size_t i, const KnownSpans& known) {
    constexpr std::uint64_t kDescriptive =
        bitOf(WordList::Title) | bitOf(WordList::Demonym) | bitOf(WordList::Calendar);
    if ((context.tokens()[i].flags & kDescriptive) == 0 || isSurnameAfterFirstName(context, i) ||
        isDemonymSurname(context, i) || isGivenNameNotMonth(context, i)) {
        return false;
    }
    const auto around = known.reachingPast(i, i);
    return std::none_of(around.begin(), around.end(), [&](const Candidate& name) {
        return name.first <= i && i < name.last && name.last - name.first > 1;
    });
}

/// "Esercito Italiano", "Federazione Italiana Scherma", "Stadio Adriatico": a nationality inside an institution's or
/// a facility's name belongs to it.
bool isNationalityOfInstitution(const Context& context, Run run, std::size_t i) {
    if (!context.inList(WordList::Demonym, i) || context.inList(WordList::Title, i)) {
        return false;
    }
    // "British Retail Consortium": English puts the head last, in texts of any language ("ha scritto la Jewish
    // Chronicle"). "The Confederation of British Industry": a word opening the sentence before the head is no part
    // of the name.
    const bool englishHeadLast = context.inList(WordList::OrgHead, run.last - 1);
    std::size_t head = run.first;
    if (head + 1 < i && context.tokens()[head].sentenceInitial && context.inList(WordList::Stopword, head)) {
        ++head;
    }
    return (i > head && isHeadedName(context, head)) || (run.last - i > 1 && englishHeadLast);
}

/// Cuts a run at its descriptive words, which belong to no name ("US | President | Joe Biden"), and calls `visit` with
/// each part in order.
template <typename Visit>
void forEachDescribedPart(const Context& context, Run run, const KnownSpans& known, Visit visit) {
    std::size_t start = run.first;
    for (std::size_t i = run.first; i < run.last; ++i) {
        if (isDescriptiveWord(context, i, known) && !isNationalityOfInstitution(context, run, i)) {
            visit(trimConnectors(context, {start, i}));
            start = i + 1;
        }
    }
    visit(trimConnectors(context, {start, run.last}));
}

/// Resolves a part of a run between descriptive words: what opens it, then the names it holds.
void resolveDescribedPart(const Context& context, Run described, const KnownSpans& known, std::vector<Candidate>& out) {
    const Run stripped = stripLeadingWords(context, described, known);
    const Run run = stripOpeningWords(context, stripped, known);
    // "procuratore della Repubblica | Ilda Rossi": what opened the run is typed on its own, and is no person.
    const Run opening = trimConnectors(context, {stripped.first, run.first});
    if (opening.last > opening.first) {
        std::vector<Candidate> parts;
        resolveRun(context, opening, known, parts);
        std::copy_if(parts.begin(), parts.end(), std::back_inserter(out),
                     [](const Candidate& part) { return part.type != EntityType::Person; });
    }
    if (run.last > run.first) {
        forEachNamePart(context, run, known, [&](Run part) { resolveRun(context, part, known, out); });
    }
}

} // namespace

std::vector<Candidate> findNames(const Context& context, std::vector<Candidate> knownNames) {
    std::vector<Candidate> out;
    const KnownSpans known(knownNames);
    for (const ReachedRun& raw : runsAroundKnownNames(context, knownNames, out)) {
        forEachDescribedPart(context, raw.run, known,
                             [&](Run described) { resolveDescribedPart(context, described, known, out); });
    }
    for (Candidate& name : out) {
        extendInstitution(context, name);
    }
    out.erase(
        std::remove_if(out.begin(), out.end(), [&](const Candidate& name) { return isLoneCommonHead(context, name); }),
        out.end());
    extendPlaceQualifiers(context, out);
    sortByPosition(out);
    return out;
}

} // namespace annalist::core::ner
