// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/org_extent.h"

#include "ner/cue_words.h"
#include "ner/token_skip.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// "S.p.a", "Srl", "s.n.c": an Italian company's legal form, read with its dots left out.
bool isLegalForm(const Token& token) {
    constexpr std::array<std::string_view, 8> kForms{"spa", "srl", "sapa", "snc", "sas", "scarl", "scrl", "scpa"};
    const std::string_view folded = token.folded;
    if (!token.isWord() || folded.size() < 3 || folded.size() > 9 || folded.front() != 's') {
        return false;
    }
    std::array<char, 9> letters{};
    std::size_t count = 0;
    for (const char c : folded) {
        if (c != '.') {
            letters[count++] = c;
        }
    }
    const std::string_view compact(letters.data(), count);
    return std::find(kForms.begin(), kForms.end(), compact) != kForms.end();
}

/// "15º", "3ª", "82nd", "1st": an ordinal written in digits as one word.
bool isOrdinalWord(const Token& token) {
    const std::string_view text = token.text;
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') {
        ++digits;
    }
    if (digits == 0 || digits > 3) {
        return false;
    }
    const std::string_view rest = text.substr(digits);
    // º U+00BA, ª U+00AA, ° U+00B0
    return rest == "\xC2\xBA" || rest == "\xC2\xAA" || rest == "\xC2\xB0" || rest == "st" || rest == "nd" ||
           rest == "rd" || rest == "th";
}

bool isUnitNoun(std::string_view folded) {
    // "circuit": the federal appeals courts of the United States, "the 9th Circuit".
    constexpr std::array<std::string_view, 25> kUnits{
        "stormo",      "reggimento", "brigata",   "divisione", "battaglione", "flotta",   "armata",
        "squadriglia", "corpo",      "compagnia", "gruppo",    "fleet",       "division", "brigade",
        "regiment",    "battalion",  "army",      "squadron",  "wing",        "corps",    "airborne",
        "infantry",    "cavalry",    "marines",   "circuit"};
    return std::find(kUnits.begin(), kUnits.end(), folded) != kUnits.end();
}

/// End of the ordinal that opens a unit's name at `i` ("15º", or "3" and "°"), or `i` when none opens there.
std::size_t ordinalEnd(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    const Token& token = tokens[i];
    if (token.isWord()) {
        return isOrdinalWord(token) ? i + 1 : i;
    }
    if (token.kind == TokenKind::Number && i + 1 < tokens.size() && !tokens[i + 1].spaceBefore &&
        (tokens[i + 1].text == "\xC2\xB0" || tokens[i + 1].text == "\xC2\xBA" || tokens[i + 1].text == "\xC2\xAA")) {
        return i + 2;
    }
    return i;
}

/// End of the run of name words that starts at `from` in the sentence of `anchor`.
/// "U.S. Circuit Court": the dot that closes an abbreviation written with inner dots goes on with the run.
std::size_t nameRunEnd(const Context& context, std::size_t from, std::size_t anchor) {
    const auto& tokens = context.tokens();
    std::size_t end = from;
    while (end < tokens.size() && sameSentence(context, anchor, end) && context.isNameWord(end)) {
        ++end;
        // The sentence splitter may end a sentence at such a dot: the run goes on in the next one.
        const bool abbreviationDot = end + 1 < tokens.size() && tokens[end].text == "." && !tokens[end].spaceBefore &&
                                     tokens[end - 1].text.find('.') != std::string::npos &&
                                     context.isNameWord(end + 1) && tokens[end + 1].spaceBefore;
        if (abbreviationDot) {
            ++end;
            anchor = end;
        }
    }
    return end;
}

/// Replaces every candidate overlapping [first, last) with one organisation that covers them all.
void replaceWithOrganisation(std::vector<Candidate>& candidates, std::size_t first, std::size_t last,
                             double confidence) {
    std::size_t start = first;
    std::size_t end = last;
    for (const Candidate& candidate : candidates) {
        if (candidate.first < last && first < candidate.last) {
            start = std::min(start, candidate.first);
            end = std::max(end, candidate.last);
        }
    }
    candidates.erase(
        std::remove_if(candidates.begin(), candidates.end(),
                       [&](const Candidate& candidate) { return candidate.first < end && start < candidate.last; }),
        candidates.end());
    candidates.push_back(Candidate{start, end, EntityType::Organization, kNone, Origin::Rule, confidence, false});
}

/// "Ieri la CIIP S.p.a.": the form at `form` closes the name words before it.
bool extendLegalForm(const Context& context, std::size_t form, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    std::size_t start = form;
    while (start > 0 && sameSentence(context, start - 1, form) && context.isNameWord(start - 1)) {
        const std::size_t word = start - 1;
        // "Secondo Acme S.p.a.": a function word opening the sentence is no part of the name.
        if (tokens[word].sentenceInitial &&
            (context.inList(WordList::Stopword, word) || context.inList(WordList::Determiner, word) ||
             context.inList(WordList::AccordingTo, word))) {
            break;
        }
        start = word;
    }
    if (start == form) {
        return false;
    }
    std::size_t end = form + 1;
    const bool dotted = tokens[form].folded.find('.') != std::string::npos;
    if (dotted && end < tokens.size() && !tokens[end].spaceBefore && tokens[end].text == ".") {
        ++end;
    }
    // The run is cut at a name the stages before marked apart from it only when that name starts inside the run.
    std::size_t first = start;
    for (const Candidate& candidate : candidates) {
        if (candidate.first < start && candidate.last > start) {
            first = candidate.last;
        }
    }
    if (first >= form) {
        return false;
    }
    replaceWithOrganisation(candidates, first, end, 0.7);
    return true;
}

/// "il 15º Stormo": the ordinal at `i`, ending at `ordinal`, before a capitalised run holding a unit's noun.
bool addOrdinalUnit(const Context& context, std::size_t i, std::size_t ordinal, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    if (ordinal >= tokens.size() || !sameSentence(context, i, ordinal)) {
        return false;
    }
    const std::size_t end = nameRunEnd(context, ordinal, i);
    bool unit = false;
    for (std::size_t k = ordinal; k < end && !unit; ++k) {
        unit = isUnitNoun(tokens[k].folded);
    }
    if (!unit) {
        return false;
    }
    // "Stormo di Amendola", "Reggimento Genio della Brigata Sassari": what ran on past the unit's words after a
    // connector is its seat, or the larger unit it belongs to.
    std::size_t restLast = end;
    std::size_t unitLast = end;
    for (const Candidate& candidate : candidates) {
        // "the 6th U.S. Circuit Court of Appeals": English names the unit whole, past its "of".
        if (context.language == "en" && candidate.type == EntityType::Organization && candidate.first < end &&
            i < candidate.last) {
            unitLast = std::max(unitLast, candidate.last);
        }
        if (candidate.first < end && i < candidate.last && candidate.last > end + 1 && tokens[end].isWord() &&
            context.inList(WordList::Connector, end)) {
            restLast = std::max(restLast, candidate.last);
        }
    }
    candidates.erase(
        std::remove_if(candidates.begin(), candidates.end(),
                       [&](const Candidate& candidate) { return candidate.first < end && i < candidate.last; }),
        candidates.end());
    candidates.push_back(Candidate{i, unitLast, EntityType::Organization, kNone, Origin::Rule, 0.7, false});
    if (unitLast == end && restLast > end + 1 && context.isNameWord(end + 1)) {
        bool organisation = false;
        for (std::size_t k = end + 1; k < restLast && !organisation; ++k) {
            organisation = isUnitNoun(tokens[k].folded) || context.inList(WordList::OrgHead, k);
        }
        candidates.push_back(Candidate{end + 1, restLast, organisation ? EntityType::Organization : EntityType::Place,
                                       kNone, Origin::Rule, 0.5, true});
    }
    return true;
}

/// "GUP del Tribunale": the index of the head word that really opens the organisation, or `name.first`.
std::size_t institutionAfterLeadingWords(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    for (std::size_t k = name.first; k + 1 < name.last; ++k) {
        if (context.isNameWord(k)) {
            if (context.inList(WordList::OrgHead, k)) {
                return name.first;
            }
            continue;
        }
        if (k == name.first || !context.inList(WordList::Connector, k)) {
            return name.first;
        }
        const std::size_t head = k + 1;
        const std::string_view word = tokens[head].folded;
        // "Festa della Repubblica", "Capo dello Stato": the state itself is too broad a head to cut at; the
        // "Presidenza del Consiglio" is one office (see joinStateOffices).
        const bool cut = context.isNameWord(head) && context.inList(WordList::OrgHead, head) && word != "repubblica" &&
                         word != "stato" && tokens[name.first].folded != "presidenza";
        return cut ? head : name.first;
    }
    return name.first;
}

/// "la Parliamentary Assembly of the Council of Europe", "il Saban Centre for Middle East Policy": in a text of
/// another language an English organisation's name goes on after its head word with "of" or "for". Returns the
/// new end, or `name.last`.
std::size_t englishNameEnd(const Context& context, const Candidate& name, const std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    std::size_t next = name.last;
    const std::size_t head = name.last - 1;
    if (name.type != EntityType::Organization || next + 1 >= tokens.size() || !context.isNameWord(head) ||
        !context.inList(WordList::OrgHead, head) || !sameSentence(context, head, next) ||
        (tokens[next].folded != "of" && tokens[next].folded != "for")) {
        return name.last;
    }
    ++next;
    if (next + 1 < tokens.size() && tokens[next].folded == "the") {
        ++next;
    }
    if (!context.isNameWord(next) || !sameSentence(context, head, next)) {
        return name.last;
    }
    std::size_t end = nameRunEnd(context, next, head);
    for (const Candidate& other : candidates) {
        if (other.first >= next && other.first < end) {
            end = std::max(end, other.last);
        }
    }
    return end;
}

/// "Royal College of Emergency Medicine", "Institute for Fiscal Studies": in English, an organisation of no list
/// that ends in its head word goes on with "of" or "for" and the capitalised words after them, unless a place or a
/// person a list knows, or a given name, stands there; a newspaper's head ("The Times of London") does not.
std::size_t englishBodyEnd(const Context& context, const Candidate& name, const std::vector<Candidate>& candidates) {
    constexpr std::array<std::string_view, 12> kPapers{"times",   "post",      "news",     "journal",
                                                       "herald",  "tribune",   "guardian", "chronicle",
                                                       "gazette", "telegraph", "press",    "mail"};
    if (name.entry != kNone || name.type != EntityType::Organization ||
        isOneOf(context.tokens()[name.last - 1].folded, kPapers)) {
        return name.last;
    }
    const std::size_t end = englishNameEnd(context, name, candidates);
    if (end == name.last) {
        return end;
    }
    // "Council of Europe" is matched whole; "Foundation of Anna Reyes" names a person after it.
    for (const Candidate& other : candidates) {
        const bool inside = other.first >= name.last && other.first < end;
        if (inside &&
            ((other.entry != kNone && other.type != EntityType::Organization) || context.isFirstName(other.first))) {
            return name.last;
        }
    }
    return end;
}

/// "S.S. Lazio", "A.C. Milan", "U.S. Lecce": the dotted initials of an Italian sports club before the town it is
/// named after. Returns the end of the club's name, or `i` when none opens at `i`.
std::size_t clubInitialsEnd(const Context& context, std::size_t i, const std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    const std::string_view folded = tokens[i].folded;
    if (folded.size() < 3 || folded.size() > 5 || folded[1] != '.' || i + 2 >= tokens.size() ||
        tokens[i + 1].text != "." || tokens[i + 1].spaceBefore ||
        !isOneOf(folded, {"s.s", "a.c", "a.s", "u.s", "s.s.c", "f.c", "a.s.d", "u.s.d", "s.s.d", "a.c.d"})) {
        return i;
    }
    const std::size_t town = i + 2;
    const std::size_t end = nameRunEnd(context, town, town);
    const bool named = end > town && std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& other) {
                           return other.first == town && other.last <= end && other.type == EntityType::Place;
                       });
    return named ? end : i;
}

/// "con radio Veronica", "dell'università di Witwatersrand": a name no list knows after a lowercase "radio", or after
/// "università di", is the broadcaster or the university, which takes in the noun. Returns the first token of the
/// organisation, or `name.first` when no such noun stands before the name.
std::size_t nounBeforeUnknownName(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    if (name.entry != kNone || name.first == 0 || name.type == EntityType::Organization ||
        !sameSentence(context, name.first - 1, name.first) || !isLowercaseWord(context, name.first - 1)) {
        return name.first;
    }
    const std::string_view before = tokens[name.first - 1].folded;
    if (before == "radio" && name.type == EntityType::Person) {
        return name.first - 1;
    }
    const bool university = name.first >= 2 && before == "di" && name.type == EntityType::Person &&
                            sameSentence(context, name.first - 2, name.first) &&
                            isLowercaseWord(context, name.first - 2) &&
                            isOneOf(tokens[name.first - 2].folded, {"universita", "ateneo", "politecnico"});
    return university ? name.first - 2 : name.first;
}

/// "l'Azienda ospedaliera Cardarelli", "il Liceo scientifico Volta": hospitals and schools are named by a head
/// word, lowercase adjectives and then a proper name, often a person's surname. Returns the end of that name, or
/// `name.last` when none follows.
std::size_t namedAfterAdjectives(const Context& context, const Candidate& name,
                                 const std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    const std::size_t next = name.last;
    if (name.type != EntityType::Organization || name.entry != kNone || name.last - name.first < 2 ||
        next >= tokens.size() || !sameSentence(context, name.first, next) || !context.isNameWord(next) ||
        context.isFirstName(next) || context.isNameWord(name.last - 1) ||
        !isOneOf(tokens[name.first].folded,
                 {"azienda", "ospedale", "istituto", "liceo", "scuola", "policlinico", "presidio", "universita",
                  "ateneo", "convitto", "conservatorio", "accademia", "circolo"})) {
        return name.last;
    }
    const std::size_t end = nameRunEnd(context, next, name.first);
    const bool known = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& other) {
        return other.first < end && next < other.last &&
               (other.last > end || other.first < next || (other.entry != kNone && other.type != EntityType::Person));
    });
    return known ? name.last : end;
}

/// Moves the end of each candidate to where `newEnd` puts it, dropping the candidates the longer name now covers.
template <typename NewEnd> void extendEach(const Context& context, std::vector<Candidate>& candidates, NewEnd newEnd) {
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const std::size_t end = newEnd(context, candidates[k], candidates);
        if (end == candidates[k].last) {
            continue;
        }
        const std::size_t from = candidates[k].last;
        candidates[k].last = end;
        candidates.erase(
            std::remove_if(candidates.begin(), candidates.end(),
                           [&](const Candidate& other) { return other.first >= from && other.last <= end; }),
            candidates.end());
    }
}

} // namespace

void applyOrganisationExtent(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    bool changed = false;
    const bool english = context.language == "en";
    // Every token passes here: its first letter rules out all but legal forms, ordinals and club initials.
    const auto mayExtend = [](const Token& token) {
        const std::string& folded = token.folded;
        const char first = folded.empty() ? '\0' : folded.front();
        return (first >= '0' && first <= '9') || first == 's' ||
               (token.allCaps && folded.size() >= 3 && folded[1] == '.');
    };
    for (std::size_t i = nextTokenThat(tokens, 0, mayExtend); i < tokens.size();
         i = nextTokenThat(tokens, i + 1, mayExtend)) {
        const Token& token = tokens[i];
        const char first = token.folded.empty() ? '\0' : token.folded.front();
        if (first >= '0' && first <= '9') {
            const std::size_t ordinal = ordinalEnd(context, i);
            if (ordinal != i) {
                changed = addOrdinalUnit(context, i, ordinal, candidates) || changed;
            }
            continue;
        }
        if (i == 0) {
            continue;
        }
        if (!token.capitalized || token.folded.size() < 3 || !context.isNameWord(i)) {
            if (first == 's' && token.isWord() && context.isNameWord(i - 1) && isLegalForm(token)) {
                changed = extendLegalForm(context, i, candidates) || changed; // "Uber Italy s.r.l."
            }
            continue;
        }
        if (first == 's' && context.isNameWord(i - 1) && isLegalForm(token)) {
            changed = extendLegalForm(context, i, candidates) || changed;
        } else if (!english && token.allCaps && token.folded[1] == '.' && i + 2 < tokens.size()) {
            const std::size_t end = clubInitialsEnd(context, i, candidates);
            if (end != i) {
                replaceWithOrganisation(candidates, i, end, 0.7);
                changed = true;
            }
        }
    }
    if (changed) {
        sortByPosition(candidates);
    }
    if (context.language != "en") {
        for (Candidate& candidate : candidates) {
            const std::size_t noun = nounBeforeUnknownName(context, candidate);
            if (noun != candidate.first) {
                candidate = Candidate{noun, candidate.last, EntityType::Organization, kNone, Origin::Rule, 0.6, false};
                continue;
            }
            if (candidate.type == EntityType::Organization && candidate.entry == kNone) {
                candidate.first = institutionAfterLeadingWords(context, candidate);
                // "il Consiglio di Sicurezza del Paese": the country of the story is no part of the name.
                const std::size_t last = candidate.last - 1;
                if (last >= candidate.first + 2 && tokens[last].folded == "paese" &&
                    context.inList(WordList::Connector, last - 1)) {
                    candidate.last = last - 1;
                }
            }
        }
        extendEach(context, candidates, englishNameEnd);
        extendEach(context, candidates, namedAfterAdjectives);
    } else {
        extendEach(context, candidates, englishBodyEnd);
    }
}

} // namespace annalist::core::ner
