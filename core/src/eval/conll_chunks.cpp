// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/eval/conll_eval.h"
#include "annalist/core/text/unicode.h"

#include <array>
#include <optional>
#include <unordered_map>

namespace annalist::core {

namespace {

constexpr std::array<std::string_view, 12> kClosing{",", ".", ";", ":", "!", "?", ")", "]", "}", "»", "%", "…"};
constexpr std::array<std::string_view, 4> kOpening{"(", "[", "{", "«"};
constexpr std::array<std::string_view, 2> kApostrophes{"'", "’"};

/// True when `token` is made only of the given marks, such as "," or "..." or "?!".
template <std::size_t N> bool consistsOf(std::string_view token, const std::array<std::string_view, N>& marks) {
    while (!token.empty()) {
        bool matched = false;
        for (std::string_view mark : marks) {
            if (token.starts_with(mark)) {
                token.remove_prefix(mark.size());
                matched = true;
                break;
            }
        }
        if (!matched) {
            return false;
        }
    }
    return true;
}

bool endsWithApostrophe(std::string_view token) {
    for (std::string_view mark : kApostrophes) {
        if (token.ends_with(mark)) {
            return true;
        }
    }
    return false;
}

bool needsSpaceBetween(std::string_view previous, std::string_view next) {
    return !consistsOf(next, kClosing) && !consistsOf(previous, kOpening) && !endsWithApostrophe(previous);
}

/// Tag parts: the prefix letter ('B', 'I' or 'O') and the type.
std::pair<char, std::string_view> splitTag(std::string_view tag) {
    if (tag.size() > 2 && tag[1] == '-') {
        return {tag[0], tag.substr(2)};
    }
    return {'O', {}};
}

} // namespace

DetokenizedSentence detokenize(const std::vector<std::string>& tokens) {
    DetokenizedSentence sentence;
    sentence.tokens.reserve(tokens.size());
    std::size_t offset = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i > 0 && needsSpaceBetween(tokens[i - 1], tokens[i])) {
            sentence.text += ' ';
            ++offset;
        }
        const std::size_t length = codePointCount(tokens[i]);
        sentence.text += tokens[i];
        sentence.tokens.push_back(Span{offset, offset + length});
        offset += length;
    }
    return sentence;
}

std::vector<TokenChunk> decodeChunks(const std::vector<std::string>& tags) {
    std::vector<TokenChunk> chunks;
    std::optional<TokenChunk> open;
    auto close = [&](std::size_t end) {
        if (open) {
            open->end = end;
            chunks.push_back(std::move(*open));
            open.reset();
        }
    };
    for (std::size_t i = 0; i < tags.size(); ++i) {
        const auto [prefix, type] = splitTag(tags[i]);
        const bool continues = prefix == 'I' && open && open->type == type;
        if (continues) {
            continue;
        }
        close(i);
        if (prefix == 'B' || prefix == 'I') {
            open = TokenChunk{i, i, std::string(type)};
        }
    }
    close(tags.size());
    return chunks;
}

std::string_view conllType(EntityType type) {
    switch (type) {
    case EntityType::Person:
        return "PER";
    case EntityType::Place:
        return "LOC";
    case EntityType::Organization:
        return "ORG";
    default:
        return {};
    }
}

PredictedChunks predictedChunks(const DetokenizedSentence& sentence, const Annotation& annotation) {
    std::unordered_map<std::size_t, std::size_t> tokenStartingAt;
    std::unordered_map<std::size_t, std::size_t> tokenEndingAt;
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
        tokenStartingAt.emplace(sentence.tokens[i].start, i);
        tokenEndingAt.emplace(sentence.tokens[i].end, i);
    }
    PredictedChunks predicted;
    for (const Entity& entity : annotation.entities) {
        const std::string_view type = conllType(entity.type);
        if (type.empty()) {
            continue;
        }
        for (const Mention& mention : entity.mentions) {
            const auto first = tokenStartingAt.find(mention.span.start);
            const auto last = tokenEndingAt.find(mention.span.end);
            if (first == tokenStartingAt.end() || last == tokenEndingAt.end() || last->second < first->second) {
                predicted.misalignedTypes.emplace_back(type);
                continue;
            }
            predicted.aligned.push_back(TokenChunk{first->second, last->second + 1, std::string(type)});
        }
    }
    return predicted;
}

} // namespace annalist::core
