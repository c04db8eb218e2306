// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/quote_finder.h"

#include <algorithm>
#include <optional>
#include <string_view>

namespace annalist::core::ner {

namespace {

bool closes(std::string_view open, std::string_view close) {
    return (open == "\u201C" && (close == "\u201D" || close == "\u201C")) || (open == "\u00AB" && close == "\u00BB") ||
           (open == "\u201E" && (close == "\u201C" || close == "\u201D")) || (open == "\"" && close == "\"");
}

bool isOpening(std::string_view text) {
    return text == "\u201C" || text == "\u00AB" || text == "\u201E" || text == "\"";
}

/// The person mentioned nearest to a quotation whose sentence also holds a speech verb, if any.
std::optional<std::string> speakerOf(const Context& context, const std::vector<Entity>& entities, std::size_t openToken,
                                     std::size_t closeToken) {
    const auto& tokens = context.tokens();
    const std::size_t sentenceFirst = tokens[openToken].sentence;
    const std::size_t sentenceLast = tokens[closeToken].sentence;
    // Tokens are in sentence order: look only from the quotation's first sentence to the one after its last.
    const auto from = std::partition_point(tokens.begin(), tokens.end(),
                                           [&](const Token& token) { return token.sentence < sentenceFirst; });
    bool hasVerb = false;
    for (auto it = from; it != tokens.end() && it->sentence <= sentenceLast + 1; ++it) {
        const auto i = static_cast<std::size_t>(it - tokens.begin());
        const bool outside = i < openToken || i > closeToken;
        hasVerb = hasVerb ||
                  (outside && (context.inList(WordList::SpeechVerb, i) || context.inList(WordList::AccordingTo, i)));
    }
    if (!hasVerb) {
        return std::nullopt;
    }
    const std::size_t quoteStart = tokens[openToken].start;
    const std::size_t quoteEnd = tokens[closeToken].end;
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

} // namespace

std::vector<Quote> findQuotes(const Context& context, const std::vector<Entity>& entities) {
    const auto& tokens = context.tokens();
    std::vector<Quote> quotes;
    for (std::size_t open = 0; open < tokens.size(); ++open) {
        if (!isOpening(tokens[open].text)) {
            continue;
        }
        for (std::size_t close = open + 1; close < tokens.size() && close - open < 400; ++close) {
            if (closes(tokens[open].text, tokens[close].text)) {
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
