// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/candidate.h"
#include "ner/token_rules.h"

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

namespace {

/// True when a word is more likely a common noun or function word than a name on its own.
bool isCommonWord(const Context& context, std::size_t token) {
    constexpr std::uint32_t kCommon = bitOf(WordList::Stopword) | bitOf(WordList::Title) | bitOf(WordList::Calendar) |
                                      bitOf(WordList::PlaceHead) | bitOf(WordList::OrgHead) |
                                      bitOf(WordList::TreatyHead) | bitOf(WordList::EventHead);
    return (context.tokens()[token].flags & kCommon) != 0;
}

/// A single common word ("Come", "Sala") is not taken for a place just because one is called so, and a
/// name may open with a lowercase word ("estremo Oriente") only when it is longer than that word.
bool isPlausibleMatch(const Context& context, std::size_t first, std::size_t last) {
    if (!context.isNameWord(last - 1)) {
        return false;
    }
    if (!context.isNameWord(first)) {
        return last - first >= 2 && !context.inList(WordList::Stopword, first) &&
               !context.inList(WordList::Determiner, first);
    }
    return last - first > 1 || !isCommonWord(context, first);
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
        const std::uint32_t entry = image.firstEntry(node);
        if (entry != kNone && isPlausibleMatch(context, first, last)) {
            const EntryRecord& record = image.entry(entry);
            best =
                Candidate{first, last, static_cast<EntityType>(record.type), entry, static_cast<Origin>(record.origin),
                          0.9,   false};
        }
    }
    return best;
}

} // namespace

std::vector<Candidate> matchKnownNames(const Context& context) {
    std::vector<Candidate> found;
    const auto& tokens = context.tokens();
    for (std::size_t i = 0; i < tokens.size();) {
        if (!tokens[i].isWord()) {
            ++i;
            continue;
        }
        Candidate match = longestMatch(context, i);
        if (match.last > match.first) {
            i = match.last;
            found.push_back(match);
        } else {
            ++i;
        }
    }
    return found;
}

} // namespace annalist::core::ner
