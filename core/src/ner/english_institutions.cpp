// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/english_institutions.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

constexpr std::size_t kMaxRightWords = 6;

bool isCompanyForm(const Token& token) {
    constexpr std::array<std::string_view, 7> kForms{"co", "inc", "corp", "ltd", "plc", "llc", "ag"};
    return std::find(kForms.begin(), kForms.end(), token.folded) != kForms.end();
}

/// An ordinary word with a capital that no list knows as a proper name ("Human", "Fire"); "Intel" is both.
bool isPlainCommon(const Context& context, std::size_t i) {
    return context.inList(WordList::Common, i) && !context.inList(WordList::Proper, i);
}

bool isOfOrFor(const Context& context, std::size_t i) {
    const Token& token = context.tokens()[i];
    return token.isWord() && !token.capitalized && (token.folded == "of" || token.folded == "for");
}

/// "University of Oregon", "Arizona State University", "Lockheed Martin Corp", "Samsung": a whole name.
bool isWholeLeft(const Context& context, std::size_t first, std::size_t last) {
    if (last - first == 1) {
        constexpr std::uint64_t kNoBrand = bitOf(WordList::Stopword) | bitOf(WordList::Title) |
                                           bitOf(WordList::Demonym) | bitOf(WordList::FirstName) |
                                           bitOf(WordList::Calendar) | bitOf(WordList::OrgHead);
        return (context.tokens()[first].flags & kNoBrand) == 0 && !isPlainCommon(context, first);
    }
    const Token& end = context.tokens()[last - 1];
    if (context.inList(WordList::OrgHead, last - 1) || isCompanyForm(end)) {
        return true;
    }
    for (std::size_t i = first; i + 2 < last; ++i) {
        if (context.inList(WordList::OrgHead, i) && isOfOrFor(context, i + 1) && context.isNameWord(i + 2)) {
            return true;
        }
    }
    return false;
}

/// "Oregon State University", "Taiwan Semiconductor Manufacturing Co.": a proper word opening a name of two words
/// or more that ends in an organisation's head word or a company form.
bool isWholeRight(const Context& context, std::size_t next) {
    const auto& tokens = context.tokens();
    // "Dell Technologies": a word that is also a given name may open a company's name; surnames that are words are
    // too many ("Human Services").
    const bool personal = context.isFirstName(next);
    if (!context.isNameWord(next) || (isPlainCommon(context, next) && !personal) ||
        context.inList(WordList::Stopword, next) || context.inList(WordList::Title, next)) {
        return false;
    }
    std::size_t end = next;
    while (end < tokens.size() && end - next < kMaxRightWords && tokens[end].sentence == tokens[next].sentence &&
           context.isNameWord(end)) {
        ++end;
    }
    return end - next >= 2 && (context.inList(WordList::OrgHead, end - 1) || isCompanyForm(tokens[end - 1]));
}

bool isPossessive(const Token& token) {
    return token.text == "'s" || token.text == "\u2019s";
}

bool sameSentence(const Context& context, std::size_t a, std::size_t b) {
    return context.tokens()[a].sentence == context.tokens()[b].sentence;
}

/// "Department of", "Agency for": an institution named by its head word first.
bool opensWithHeadOf(const Context& context, const Candidate& name) {
    return name.type == EntityType::Organization && name.last - name.first >= 3 && context.isNameWord(name.first) &&
           context.inList(WordList::OrgHead, name.first) && isOfOrFor(context, name.first + 1);
}

/// "U.S.", "UK", "EU", "U.K.": a country's or a union's abbreviation in capitals, with or without dots.
bool isCountryAbbreviation(const Context& context, const Candidate& name) {
    constexpr std::size_t kMaxLetters = 4;
    if (name.last - name.first != 1 || (name.type != EntityType::Place && name.type != EntityType::Organization)) {
        return false;
    }
    std::size_t letters = 0;
    for (const char c : context.tokens()[name.first].text) {
        if (c >= 'A' && c <= 'Z') {
            ++letters;
        } else if (c != '.') {
            return false;
        }
    }
    return letters >= 2 && letters <= kMaxLetters;
}

/// The first token of what ends right before `at` and belongs to the institution there, or npos: a place or an
/// abbreviation before one named by its head word ("Arizona | Department of", "EU | Agency for"); before any other
/// only an abbreviation ("U.S. | Geological Survey"), as the caller checks.
std::size_t prefixStart(const Context& context, const Candidate& before, std::size_t at, bool headOf) {
    constexpr std::size_t kMaxPlaceWords = 3;
    const auto& tokens = context.tokens();
    std::size_t end = before.last;
    const bool abbreviation = isCountryAbbreviation(context, before);
    // "U.S. Bureau": the abbreviation's closing dot may stand apart, and may have been taken for a sentence's end.
    const bool dot = end + 1 == at && tokens[end].text == "." && !tokens[end].spaceBefore;
    if (dot) {
        ++end;
    }
    if (end != at || (!sameSentence(context, before.first, at) && !(dot && abbreviation))) {
        return std::string::npos;
    }
    const bool place = headOf && before.type == EntityType::Place && before.last - before.first <= kMaxPlaceWords;
    return place || abbreviation ? before.first : std::string::npos;
}

/// True when the organisation ends in its head word: "Geological Survey", "Space Agency".
bool endsWithHead(const Context& context, const Candidate& name) {
    return name.type == EntityType::Organization && context.inList(WordList::OrgHead, name.last - 1) &&
           context.isNameWord(name.last - 1);
}

/// The new first token of an institution named by its head word, or its own first when nothing before belongs.
std::size_t institutionStart(const Context& context, const std::vector<Candidate>& candidates, std::size_t index) {
    const auto& tokens = context.tokens();
    const Candidate& name = candidates[index];
    const std::size_t first = name.first;
    const bool headOf = opensWithHeadOf(context, name);
    if (first == 0) {
        return first;
    }
    if (index > 0 && (headOf || endsWithHead(context, name))) {
        const std::size_t start = prefixStart(context, candidates[index - 1], first, headOf);
        if (start != std::string::npos) {
            return start;
        }
    }
    const std::size_t before = first - 1;
    // Candidates are in text order: only the one before may hold the words before this one.
    const std::size_t free = index > 0 ? candidates[index - 1].last : 0;
    if (!context.inList(WordList::OrgHead, first) || !sameSentence(context, before, first) || before < free) {
        return first;
    }
    if (headOf && tokens[before].capitalized && context.inList(WordList::Demonym, before) &&
        !context.inList(WordList::Title, before)) {
        return before;
    }
    const bool possessor = before > 0 && isPossessive(tokens[before]) && !tokens[before].spaceBefore &&
                           sameSentence(context, before - 1, first) && context.isNameWord(before - 1) &&
                           !context.inList(WordList::Stopword, before - 1) && before - 1 >= free;
    return possessor ? before - 1 : first;
}

/// "Members of the Chamber of Commerce", "Staff at the University of Leeds": a sentence opening with an ordinary
/// word and a preposition before an institution's head word. Returns the head, or the name's own first token.
std::size_t headAfterOrdinaryOpening(const Context& context, const Candidate& name) {
    constexpr std::uint64_t kNamePart = bitOf(WordList::OrgHead) | bitOf(WordList::PlaceHead) | bitOf(WordList::Title) |
                                        bitOf(WordList::Compass) | bitOf(WordList::Proper) |
                                        bitOf(WordList::OrgAdjective) | bitOf(WordList::Demonym);
    const auto& tokens = context.tokens();
    const std::size_t first = name.first;
    if (name.entry != kNone || name.last - first < 4 || !tokens[first].sentenceInitial ||
        !isPlainCommon(context, first) || (tokens[first].flags & kNamePart) != 0 ||
        (!context.inList(WordList::PlacePreposition, first + 1) && tokens[first + 1].folded != "of")) {
        return first;
    }
    std::size_t head = first + 2;
    if (head < name.last && context.inList(WordList::Determiner, head) && !context.isNameWord(head)) {
        ++head;
    }
    return head + 1 < name.last && context.inList(WordList::OrgHead, head) ? head : first;
}

} // namespace

bool splitsEnglishNamesAtAnd(const Context& context, std::size_t runFirst, std::size_t runLast, std::size_t next) {
    const auto& tokens = context.tokens();
    if (context.language != "en" || next >= tokens.size() || runLast >= tokens.size() ||
        tokens[runLast].text != "and") {
        return false;
    }
    // "the University of Cambridge | and the | Max Planck Institute": an article after "and" opens another name.
    if (next == runLast + 2 && tokens[runLast + 1].text == "the") {
        return true;
    }
    if (next != runLast + 1) {
        return false;
    }
    // "Johnson and Johnson", "Procter and Gamble Co.": one name repeating or going on.
    if (runLast - runFirst == 1 && tokens[runFirst].folded == tokens[next].folded) {
        return false;
    }
    return isWholeLeft(context, runFirst, runLast) && isWholeRight(context, next);
}

void applyEnglishInstitutions(const Context& context, std::vector<Candidate>& candidates) {
    if (context.language != "en") {
        return;
    }
    bool merged = false;
    for (std::size_t index = 0; index < candidates.size(); ++index) {
        Candidate& name = candidates[index];
        if (name.type != EntityType::Organization) {
            continue;
        }
        if (const std::size_t head = headAfterOrdinaryOpening(context, name); head != name.first) {
            name.first = head;
            continue;
        }
        const std::size_t start = institutionStart(context, candidates, index);
        if (start == name.first) {
            continue;
        }
        if (index > 0 && candidates[index - 1].first == start) {
            candidates[index - 1].last = candidates[index - 1].first; // taken in, dropped below
            merged = true;
        }
        name.first = start;
        name.entry = kNone;
        name.typeIsGuess = false;
    }
    if (merged) {
        candidates.erase(
            std::remove_if(candidates.begin(), candidates.end(), [](const Candidate& c) { return c.last <= c.first; }),
            candidates.end());
    }
}

} // namespace annalist::core::ner
