// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/run_boundaries.h"

#include "ner/name_typing.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace annalist::core::ner {

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

} // namespace annalist::core::ner
