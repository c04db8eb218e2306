// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/quote_finder.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// The marks that close a quotation an opening mark (one isOpening() accepts) opens. Worked out once per opening
/// mark, so that the scan for its closing mark compares each token with two marks only.
std::array<std::string_view, 2> closersOf(std::string_view open) {
    if (open == "\u201C") {
        return {"\u201D", "\u201C"};
    }
    if (open == "\u00AB") {
        return {"\u00BB", "\u00BB"};
    }
    if (open == "\u201E") {
        return {"\u201C", "\u201D"};
    }
    return {"\"", "\""};
}

bool isOpening(std::string_view text) {
    return text == "\u201C" || text == "\u00AB" || text == "\u201E" || text == "\"";
}

bool isSpeechWord(const Context& context, std::size_t token) {
    return context.inList(WordList::SpeechVerb, token) || context.inList(WordList::AccordingTo, token);
}

/// True when only pronouns, auxiliaries and clitics stand between the start of a speech verb's clause and the verb
/// ("”, ha detto", "” he said", "Lo ha dichiarato:"): the verb has no subject of its own in the text.
bool hasImplicitSubject(const Context& context, std::size_t verb) {
    const auto& tokens = context.tokens();
    std::size_t at = verb;
    while (at > 0 && tokens[at - 1].sentence == tokens[verb].sentence && tokens[at - 1].isWord() &&
           context.inList(WordList::SpeakerLead, at - 1)) {
        --at;
    }
    // The clause opens at the sentence's start or after punctuation (a closing quotation mark, a comma, a colon).
    return at == 0 || tokens[at - 1].sentence != tokens[verb].sentence || !tokens[at - 1].isWord();
}

/// The speech verbs outside the quotation in its sentences and the sentence after; `implicit` tells whether one of
/// them has no subject of its own.
bool findSpeechVerb(const Context& context, std::size_t openToken, std::size_t closeToken, bool& implicit) {
    const auto& tokens = context.tokens();
    const std::size_t sentenceFirst = tokens[openToken].sentence;
    const std::size_t sentenceLast = tokens[closeToken].sentence;
    // Tokens are in sentence order: look only from the quotation's first sentence to the one after its last.
    const auto from = std::partition_point(tokens.begin(), tokens.end(),
                                           [&](const Token& token) { return token.sentence < sentenceFirst; });
    bool found = false;
    implicit = false;
    for (auto it = from; it != tokens.end() && it->sentence <= sentenceLast + 1; ++it) {
        const auto i = static_cast<std::size_t>(it - tokens.begin());
        if ((i < openToken || i > closeToken) && isSpeechWord(context, i)) {
            found = true;
            implicit = implicit || (it->sentence <= sentenceLast && context.inList(WordList::SpeechVerb, i) &&
                                    hasImplicitSubject(context, i));
        }
    }
    return found;
}

/// The person mentioned nearest to the quotation in its own sentences, if any.
std::optional<std::string> nearestSpeaker(const std::vector<Entity>& entities, std::size_t sentenceFirst,
                                          std::size_t sentenceLast, std::size_t quoteStart, std::size_t quoteEnd) {
    std::optional<std::string> best;
    std::size_t bestDistance = 400;
    for (const Entity& entity : entities) {
        if (entity.type != EntityType::Person) {
            continue;
        }
        for (const Mention& mention : entity.mentions) {
            if (mention.sentence < sentenceFirst || mention.sentence > sentenceLast) {
                continue;
            }
            const bool inside = mention.span.start >= quoteStart && mention.span.end <= quoteEnd;
            const std::size_t distance = mention.span.start >= quoteEnd   ? mention.span.start - quoteEnd
                                         : mention.span.end <= quoteStart ? quoteStart - mention.span.end
                                                                          : bestDistance;
            if (!inside && distance < bestDistance) {
                bestDistance = distance;
                best = entity.id;
            }
        }
    }
    return best;
}

/// The person named last before the quotation, in its sentence or the two before it ("X arrived. “…”, he said").
std::optional<std::string> previousSpeaker(const std::vector<Entity>& entities, std::size_t sentenceFirst,
                                           std::size_t quoteStart) {
    constexpr std::size_t kReach = 2;
    std::optional<std::string> best;
    std::size_t bestEnd = 0;
    for (const Entity& entity : entities) {
        if (entity.type != EntityType::Person) {
            continue;
        }
        for (const Mention& mention : entity.mentions) {
            if (mention.sentence + kReach >= sentenceFirst && mention.span.end <= quoteStart &&
                mention.span.end > bestEnd) {
                bestEnd = mention.span.end;
                best = entity.id;
            }
        }
    }
    return best;
}

/// The speaker of a quotation: the person nearest to it in its sentences when a speech verb or "secondo X" ties
/// them, else, when the speech verb has no subject of its own ("”, ha detto"), the person named last before it.
std::optional<std::string> speakerOf(const Context& context, const std::vector<Entity>& entities, std::size_t openToken,
                                     std::size_t closeToken) {
    const auto& tokens = context.tokens();
    bool implicit = false;
    if (!findSpeechVerb(context, openToken, closeToken, implicit)) {
        return std::nullopt;
    }
    const std::size_t sentenceFirst = tokens[openToken].sentence;
    auto speaker = nearestSpeaker(entities, sentenceFirst, tokens[closeToken].sentence, tokens[openToken].start,
                                  tokens[closeToken].end);
    if (!speaker && implicit) {
        speaker = previousSpeaker(entities, sentenceFirst, tokens[openToken].start);
    }
    return speaker;
}

} // namespace

std::vector<Quote> findQuotes(const Context& context, const std::vector<Entity>& entities) {
    const auto& tokens = context.tokens();
    std::vector<Quote> quotes;
    for (std::size_t open = 0; open < tokens.size(); ++open) {
        if (!isOpening(tokens[open].text)) {
            continue;
        }
        const std::array<std::string_view, 2> closers = closersOf(tokens[open].text);
        for (std::size_t close = open + 1; close < tokens.size() && close - open < 400; ++close) {
            const std::string_view text = tokens[close].text;
            if (text == closers[0] || text == closers[1]) {
                if (close > open + 1) {
                    quotes.push_back(
                        {{tokens[open].end, tokens[close].start}, speakerOf(context, entities, open, close)});
                }
                open = close;
                break;
            }
        }
    }
    return quotes;
}

} // namespace annalist::core::ner
