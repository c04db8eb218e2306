// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/name_typing.h"

#include <algorithm>
#include <string_view>

namespace annalist::core::ner {

namespace {

Candidate make(std::size_t first, std::size_t last, EntityType type, double confidence, bool guess = false) {
    return Candidate{first, last, type, kNone, Origin::Rule, confidence, guess};
}

bool hasConnector(const Context& context, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        if (!context.isNameWord(i)) {
            return true;
        }
    }
    return false;
}

bool anyInList(const Context& context, WordList list, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        if (context.inList(list, i)) {
            return true;
        }
    }
    return false;
}

bool isRomanNumeral(std::string_view word) {
    return !word.empty() && word.find_first_not_of("IVXLC") == std::string_view::npos;
}

/// The word before `index` in the same sentence, skipping nothing; npos when there is none.
std::size_t wordBefore(const Context& context, std::size_t index, std::size_t distance = 1) {
    const auto& tokens = context.tokens();
    if (index < distance || tokens[index - distance].sentence != tokens[index].sentence ||
        !tokens[index - distance].isWord()) {
        return std::string::npos;
    }
    return index - distance;
}

bool precededByList(const Context& context, std::size_t first, WordList list, std::size_t reach) {
    for (std::size_t distance = 1; distance <= reach; ++distance) {
        const std::size_t before = wordBefore(context, first, distance);
        if (before == std::string::npos) {
            return false;
        }
        if (context.inList(list, before) && !context.isNameWord(before)) {
            return true;
        }
    }
    return false;
}

/// "ha dichiarato X", "X ha detto", "said X", "X said": a speech verb within two words of the name.
bool nearSpeechVerb(const Context& context, std::size_t first, std::size_t last) {
    const auto& tokens = context.tokens();
    for (std::size_t i = last; i < std::min(tokens.size(), last + 2); ++i) {
        if (tokens[i].sentence == tokens[first].sentence && context.inList(WordList::SpeechVerb, i)) {
            return true;
        }
    }
    return precededByList(context, first, WordList::SpeechVerb, 1);
}

std::optional<Candidate> typeByHeadWords(const Context& context, std::size_t first, std::size_t last) {
    if (context.inList(WordList::PlaceHead, first)) {
        return make(first, last, EntityType::Place, 0.7);
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

std::optional<Candidate> typeByContext(const Context& context, std::size_t first, std::size_t last) {
    const Token& head = context.tokens()[first];
    if (last - first >= 2 && context.isFirstName(first)) {
        return make(first, last, EntityType::Person, 0.8);
    }
    if (last - first == 1 && head.allCaps && head.text.size() <= 6 && !isRomanNumeral(head.text)) {
        return make(first, last, EntityType::Organization, 0.6);
    }
    if (precededByList(context, first, WordList::Title, 2) || nearSpeechVerb(context, first, last)) {
        return make(first, last, EntityType::Person, 0.7);
    }
    return std::nullopt;
}

std::optional<Candidate> typeByDefault(const Context& context, std::size_t first, std::size_t last) {
    const Token& head = context.tokens()[first];
    if (last - first == 1 && head.sentenceInitial &&
        (context.midSentenceCapitals == nullptr || context.midSentenceCapitals->count(head.folded) == 0)) {
        return std::nullopt;
    }
    if (last - first >= 2) {
        const bool connected = hasConnector(context, first, last);
        return make(first, last, connected ? EntityType::Organization : EntityType::Person, connected ? 0.4 : 0.5,
                    true);
    }
    if (precededByList(context, first, WordList::PlacePreposition, 1)) {
        return make(first, last, EntityType::Place, 0.5, true);
    }
    return make(first, last, EntityType::Person, 0.4, true);
}

} // namespace

bool isHeadedName(const Context& context, std::size_t token) {
    return context.inList(WordList::OrgHead, token) || context.inList(WordList::PlaceHead, token) ||
           context.inList(WordList::TreatyHead, token);
}

std::optional<Candidate> typeUnknownName(const Context& context, std::size_t first, std::size_t last) {
    const std::size_t before = wordBefore(context, first);
    if (before != std::string::npos && !context.isNameWord(before) && context.inList(WordList::StreetPrefix, before)) {
        return make(before, last, EntityType::Place, 0.8);
    }
    // A lone head word opening a sentence ("Accordo raggiunto") is a common noun, not a name.
    if (last - first == 1 && context.tokens()[first].sentenceInitial && isHeadedName(context, first)) {
        return std::nullopt;
    }
    if (auto typed = typeByHeadWords(context, first, last)) {
        return typed;
    }
    if (auto typed = typeByContext(context, first, last)) {
        return typed;
    }
    return typeByDefault(context, first, last);
}

std::optional<Candidate> typeNameAroundKnown(const Context& context, std::size_t first, std::size_t last) {
    if (context.inList(WordList::OrgHead, first)) {
        return make(first, last, EntityType::Organization, 0.7);
    }
    if (context.inList(WordList::TreatyHead, first)) {
        return make(first, last, EntityType::Treaty, 0.7);
    }
    const bool personLike = context.isFirstName(first) && !hasConnector(context, first, last) &&
                            !context.inList(WordList::PlaceHead, first);
    if (personLike) {
        return make(first, last, EntityType::Person, 0.7);
    }
    return std::nullopt;
}

} // namespace annalist::core::ner
