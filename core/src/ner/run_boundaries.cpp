// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/run_boundaries.h"

#include "ner/name_typing.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// Index after the connectors that follow `from` and may lead to another name word: "di", "del", "von", "d’";
/// inside an institution's name also "per", "e" and the articles after them ("Autostrade per l’Italia",
/// "Istituto di Geofisica e Vulcanologia").
std::size_t afterConnectors(const Context& context, std::size_t from, bool institution) {
    const auto& tokens = context.tokens();
    const std::size_t reach = institution ? 3 : 2;
    std::size_t next = from;
    // "Stato è la Finlandia": the verb "è" folds to the conjunction "e" but joins nothing.
    auto joins = [&](std::size_t i) {
        if (tokens[i].text == "\u00e8") {
            return false;
        }
        // "Óscar de la Hoya", "Jerez de la Frontera": the article after a Spanish or French "de" joins too.
        const bool articleAfterDe = i > from && tokens[i - 1].folded == "de" && context.inList(WordList::Determiner, i);
        return context.inList(WordList::Connector, i) || articleAfterDe ||
               (institution && (context.inList(WordList::OrgConnector, i) || context.inList(WordList::Determiner, i)));
    };
    while (next < tokens.size() && next - from < reach && tokens[next].isWord() && !context.isNameWord(next) &&
           joins(next)) {
        ++next;
    }
    return next;
}

/// "Hollins & Pryce", "Marks & Spencer": an ampersand between capitalised words joins one company's name.
bool isAmpersandJoin(const Context& context, std::size_t from) {
    const auto& tokens = context.tokens();
    return from + 1 < tokens.size() && tokens[from].text == "&" && context.isNameWord(from + 1) &&
           tokens[from].sentence == tokens[from + 1].sentence;
}

/// True when an organisation's head word closes the capitalised words from `from` on ("Rescue Service" in
/// "Fire and Rescue Service"): English names put the head last, after their "and" or "for".
bool headWordAhead(const Context& context, std::size_t from) {
    constexpr std::size_t kReach = 3;
    const auto& tokens = context.tokens();
    for (std::size_t i = from; i < tokens.size() && i - from < kReach && context.isNameWord(i); ++i) {
        if (context.inList(WordList::OrgHead, i)) {
            return true;
        }
    }
    return false;
}

/// "Associated Society of Locomotive Engineers and Firemen", "Department of Health and Social Care": in English a
/// head word with "of" or "for" after it opens the name of an institution, which may go on through "and".
bool isEnglishHeadOf(const Context& context, std::size_t runFirst, std::size_t runLast) {
    if (context.language != "en") {
        return false;
    }
    for (std::size_t i = runFirst; i + 1 < runLast; ++i) {
        if (context.inList(WordList::OrgHead, i) && context.inList(WordList::Connector, i + 1) &&
            !context.isNameWord(i + 1)) {
            return true;
        }
    }
    return false;
}

} // namespace

bool endsWithLegalForm(const Context& context, std::size_t first, std::size_t last) {
    static constexpr std::string_view kForms[] = {"srl", "srls", "spa", "snc",  "sas", "scarl", "ltd", "limited",
                                                  "inc", "plc",  "llc", "gmbh", "ag",  "nv",    "bv"};
    const Token& closing = context.tokens()[last - 1];
    return last - first >= 2 && closing.capitalized &&
           std::find(std::begin(kForms), std::end(kForms), closing.folded) != std::end(kForms);
}

bool isWholeBeforeAnd(const Context& context, std::size_t first, std::size_t last) {
    constexpr std::uint64_t kFunction = bitOf(WordList::Stopword) | bitOf(WordList::Determiner);
    const auto nameWord = [&](std::size_t i) {
        return context.isNameWord(i) && (context.tokens()[i].flags & kFunction) == 0;
    };
    const bool properOrHead =
        !context.inList(WordList::Common, last - 1) || context.inList(WordList::OrgHead, last - 1);
    return last - first >= 2 && nameWord(last - 1) && nameWord(last - 2) && properOrHead;
}

bool leavesFullNameAtConnector(const Context& context, std::size_t runFirst, std::size_t i) {
    std::size_t connectorStart = i;
    while (connectorStart > runFirst && !context.isNameWord(connectorStart - 1)) {
        --connectorStart;
    }
    const bool lowercaseConnector = connectorStart < i && !context.tokens()[connectorStart].capitalized &&
                                    context.inList(WordList::Connector, connectorStart);
    // "of The Verge": a capitalised article opens the other name's own title, whoever the first name is.
    const auto capitalisedArticle = [&](std::size_t at) {
        return context.tokens()[at].capitalized &&
               (context.inList(WordList::Determiner, at) || context.inList(WordList::Stopword, at));
    };
    const bool ownArticle = capitalisedArticle(i) || (i - connectorStart >= 2 && capitalisedArticle(i - 1));
    return lowercaseConnector && connectorStart - runFirst == 2 && (context.isFirstName(runFirst) || ownArticle) &&
           !context.inList(WordList::Title, runFirst) && !context.inList(WordList::OrgHead, runFirst + 1) &&
           !context.inList(WordList::PlaceHead, runFirst + 1) && !isHeadedName(context, runFirst);
}

std::size_t afterJoiners(const Context& context, std::size_t runFirst, std::size_t runLast, std::size_t from) {
    if (endsWithLegalForm(context, runFirst, runLast)) {
        return from;
    }
    if (isAmpersandJoin(context, from)) {
        return from + 1;
    }
    const auto& tokens = context.tokens();
    const bool institution = context.inList(WordList::OrgHead, runFirst);
    const std::size_t next = afterConnectors(context, from, institution);
    if (institution || next >= tokens.size() || context.isNameWord(next) ||
        !context.inList(WordList::OrgConnector, from)) {
        return next;
    }
    // "... of Locomotive Engineers and Firemen" goes on through a lone "and"; "... and the Scottish ..." is another.
    if (isEnglishHeadOf(context, runFirst, runLast) && afterConnectors(context, from, true) == from + 1) {
        return from + 1;
    }
    // "International Council for the Exploration of the Sea": "for" after a head word goes on with its purpose.
    const bool purpose = context.inList(WordList::OrgHead, runLast - 1) && tokens[from].folded == "for";
    const std::size_t wider = afterConnectors(context, from, true);
    const bool headAhead =
        wider == from + 1 && headWordAhead(context, wider) && !isWholeBeforeAnd(context, runFirst, runLast);
    return (purpose && wider > next) || headAhead ? wider : next;
}

bool startsAnotherInstitution(const Context& context, std::size_t from, std::size_t next) {
    for (std::size_t i = from; i < next; ++i) {
        const bool joinsOther = context.inList(WordList::OrgConnector, i) && !context.inList(WordList::Connector, i);
        const bool towards = context.inList(WordList::ItalianDeterminer, i) && context.tokens()[i].folded[0] == 'a';
        if (joinsOther || towards) {
            return context.inList(WordList::OrgHead, next) || context.inList(WordList::PlaceHead, next);
        }
    }
    return false;
}

} // namespace annalist::core::ner
