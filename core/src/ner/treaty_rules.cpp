// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/candidate.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

bool isLowerWord(const Context& context, std::size_t i) {
    return context.tokens()[i].isWord() && !context.isNameWord(i);
}

bool sameSentence(const Context& context, std::size_t a, std::size_t b) {
    return context.tokens()[a].sentence == context.tokens()[b].sentence;
}

/// Idioms built on treaty words are never treaties: "d’accordo", "di comune accordo", "si è trattato",
/// "come da protocollo", "of its own accord".
bool isIdiom(const Context& context, std::size_t head) {
    return head > 0 && sameSentence(context, head - 1, head) && context.inList(WordList::TreatyIdiomBefore, head - 1);
}

/// "e", "ed", "and" or a comma between two topics of a treaty.
bool isTopicCoordinator(const Token& token) {
    return token.text == "," || token.folded == "e" || token.folded == "ed" || token.folded == "and";
}

/// End of "di mutua assistenza", "of non-proliferation", "on climate change" after a treaty head.
std::size_t topicPhraseEnd(const Context& context, std::size_t linker) {
    const auto& tokens = context.tokens();
    std::size_t end = linker + 1;
    std::size_t topicEnd = linker;
    std::size_t words = 0;
    while (end < tokens.size() && sameSentence(context, linker, end)) {
        // "di amicizia e collaborazione", "of peace, friendship and cooperation": topics joined by "e", "and" or a
        // comma belong to one phrase, each with the same three words of reach.
        if (end == topicEnd && end + 1 < tokens.size() && sameSentence(context, end, end + 1) &&
            isTopicCoordinator(tokens[end]) && isLowerWord(context, end + 1) &&
            context.inList(WordList::TreatyTopic, end + 1)) {
            ++end;
            words = 0;
            continue;
        }
        if (words == 3 || !isLowerWord(context, end) ||
            !(context.inList(WordList::TreatyTopic, end) || context.inList(WordList::TreatyAdjective, end) ||
              context.inList(WordList::TreatyNegation, end))) {
            break;
        }
        ++end;
        ++words;
        topicEnd = context.inList(WordList::TreatyTopic, end - 1) ? end : topicEnd;
    }
    return topicEnd;
}

/// End of a name that follows the linker ("di Lisbona", "of Rome"), or `linker` when none does.
std::size_t namedPartEnd(const std::vector<Candidate>& names, std::size_t linker) {
    for (const Candidate& name : names) {
        if (name.first == linker + 1) {
            return name.last;
        }
    }
    return linker;
}

std::size_t extendForward(const Context& context, const std::vector<Candidate>& names, std::size_t head) {
    const auto& tokens = context.tokens();
    std::size_t end = head + 1;
    while (end < tokens.size() && sameSentence(context, head, end)) {
        if (isLowerWord(context, end) && context.inList(WordList::TreatyAdjective, end)) {
            ++end;
            continue;
        }
        if (!context.inList(WordList::TreatyLinker, end)) {
            break;
        }
        const std::size_t topic = std::max(topicPhraseEnd(context, end), namedPartEnd(names, end));
        if (topic == end) {
            break;
        }
        end = topic;
    }
    return end;
}

std::size_t extendBackward(const Context& context, std::size_t head) {
    std::size_t first = head;
    while (first > 0 && sameSentence(context, first - 1, head) && isLowerWord(context, first - 1) &&
           (context.inList(WordList::TreatyAdjective, first - 1) || context.inList(WordList::TreatyTopic, first - 1) ||
            context.inList(WordList::TreatyHead, first - 1))) {
        --first;
    }
    return first;
}

bool hasDeterminer(const Context& context, std::size_t first) {
    return first > 0 && sameSentence(context, first - 1, first) && context.inList(WordList::Determiner, first - 1);
}

bool hasIndefiniteArticle(const Context& context, std::size_t first) {
    constexpr std::array<std::string_view, 14> kIndefinite{"un",  "uno", "una",  "un'",   "un\u2019", "a",    "an",
                                                           "une", "ein", "eine", "einen", "einem",    "unos", "unas"};
    return first > 0 && sameSentence(context, first - 1, first) &&
           std::find(kIndefinite.begin(), kIndefinite.end(), context.tokens()[first - 1].folded) != kIndefinite.end();
}

/// "un patto tra Russia e Corea", "a pact with Moscow": the parties named after the treaty word at `after` make
/// it one treaty in particular.
bool namesParties(const Context& context, std::size_t after) {
    constexpr std::array<std::string_view, 6> kBetween{"tra", "fra", "con", "between", "with", "among"};
    const auto& tokens = context.tokens();
    if (after + 1 >= tokens.size() || !sameSentence(context, after - 1, after + 1) ||
        std::find(kBetween.begin(), kBetween.end(), tokens[after].folded) == kBetween.end()) {
        return false;
    }
    const std::size_t name = hasDeterminer(context, after + 2) && after + 2 < tokens.size() ? after + 2 : after + 1;
    return context.isNameWord(name) && sameSentence(context, after, name);
}

} // namespace

bool isIndefiniteTreatyWord(const Context& context, const Candidate& reference) {
    return reference.type == EntityType::Treaty && reference.last - reference.first == 1 &&
           !context.isNameWord(reference.first) && hasIndefiniteArticle(context, reference.first) &&
           !namesParties(context, reference.last);
}

std::vector<Candidate> findTreatyReferences(const Context& context, const std::vector<Candidate>& names) {
    std::vector<Candidate> found;
    const auto& tokens = context.tokens();
    for (std::size_t head = 0; head < tokens.size(); ++head) {
        if (!tokens[head].isWord() || !context.inList(WordList::TreatyHead, head) || isIdiom(context, head)) {
            continue;
        }
        // "strategic partnership treaty": the last head word takes the ones before it.
        if (head + 1 < tokens.size() && isLowerWord(context, head + 1) &&
            context.inList(WordList::TreatyHead, head + 1)) {
            continue;
        }
        const std::size_t first = extendBackward(context, head);
        const std::size_t last = extendForward(context, names, head);
        const bool namedLikeTitle = context.isNameWord(head) && !tokens[head].sentenceInitial;
        const bool specific = last - first > 1 || hasDeterminer(context, first) || namedLikeTitle;
        if (specific) {
            found.push_back(
                Candidate{first, last, EntityType::Treaty, kNone, Origin::Rule, last - first > 1 ? 0.7 : 0.5, false});
        }
        head = std::max(head, last - 1);
    }
    return found;
}

} // namespace annalist::core::ner
