// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/eval/conll_eval.h"

#include <algorithm>
#include <chrono>
#include <set>

namespace annalist::core {

namespace {

// Enough running text for the language detector; a data set of thousands of sentences need not be read whole.
constexpr std::size_t kLanguageSampleBytes = std::size_t{64} * 1024;
constexpr std::string_view kLanguageFallback = "it";

bool isScored(const std::string& type) {
    const std::vector<std::string>& scored = scoredConllTypes();
    return std::find(scored.begin(), scored.end(), type) != scored.end();
}

std::vector<std::string> tokenTexts(const ConllSentence& sentence) {
    std::vector<std::string> texts;
    texts.reserve(sentence.tokens.size());
    for (const ConllToken& token : sentence.tokens) {
        texts.push_back(token.text);
    }
    return texts;
}

std::vector<std::string> tokenTags(const ConllSentence& sentence) {
    std::vector<std::string> tags;
    tags.reserve(sentence.tokens.size());
    for (const ConllToken& token : sentence.tokens) {
        tags.push_back(token.tag);
    }
    return tags;
}

/// One language for the whole data set: single sentences are often too short to tell.
std::string resolveLanguage(const std::vector<ConllSentence>& sentences, std::string_view requested) {
    if (!requested.empty() && requested != "auto") {
        return std::string(requested);
    }
    std::string sample;
    for (const ConllSentence& sentence : sentences) {
        if (sample.size() >= kLanguageSampleBytes) {
            break;
        }
        sample += detokenize(tokenTexts(sentence)).text;
        sample += '\n';
    }
    return detectLanguage(sample, kLanguageFallback);
}

} // namespace

double ChunkCounts::precision() const {
    const std::size_t found = truePositives + falsePositives;
    return found == 0 ? 0.0 : static_cast<double>(truePositives) / static_cast<double>(found);
}

double ChunkCounts::recall() const {
    const std::size_t expected = truePositives + falseNegatives;
    return expected == 0 ? 0.0 : static_cast<double>(truePositives) / static_cast<double>(expected);
}

double ChunkCounts::f1() const {
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

ChunkCounts& ChunkCounts::operator+=(const ChunkCounts& other) {
    truePositives += other.truePositives;
    falsePositives += other.falsePositives;
    falseNegatives += other.falseNegatives;
    return *this;
}

double EvalReport::tokensPerSecond() const {
    return seconds > 0.0 ? static_cast<double>(tokens) / seconds : 0.0;
}

const std::vector<std::string>& scoredConllTypes() {
    static const std::vector<std::string> types{"LOC", "ORG", "PER"};
    return types;
}

void scoreSentence(const std::vector<TokenChunk>& gold, const PredictedChunks& predicted, EvalReport& report) {
    std::set<TokenChunk> expected;
    for (const TokenChunk& chunk : gold) {
        if (isScored(chunk.type)) {
            expected.insert(chunk);
        } else {
            ++report.ignoredGold[chunk.type];
        }
    }
    // A span predicted twice (two entities over the same words) is one phrase, as in a tagged file.
    const std::set<TokenChunk> found(predicted.aligned.begin(), predicted.aligned.end());
    std::map<std::string, ChunkCounts> counts;
    for (const TokenChunk& chunk : found) {
        ++(expected.contains(chunk) ? counts[chunk.type].truePositives : counts[chunk.type].falsePositives);
    }
    for (const TokenChunk& chunk : expected) {
        counts[chunk.type].falseNegatives += found.contains(chunk) ? 0 : 1;
    }
    for (const std::string& type : predicted.misalignedTypes) {
        ++counts[type].falsePositives;
        ++report.misaligned;
    }
    for (const auto& [type, count] : counts) {
        report.perType[type] += count;
        report.overall += count;
    }
}

EvalReport evaluateConll(const std::vector<ConllSentence>& sentences, const Recognizer& recognizer,
                         std::string_view language) {
    EvalReport report;
    for (const std::string& type : scoredConllTypes()) {
        report.perType[type] = ChunkCounts{};
    }
    report.language = resolveLanguage(sentences, language);
    const auto started = std::chrono::steady_clock::now();
    for (const ConllSentence& sentence : sentences) {
        const DetokenizedSentence text = detokenize(tokenTexts(sentence));
        const Annotation annotation = recognizer.annotate(text.text, report.language);
        scoreSentence(decodeChunks(tokenTags(sentence)), predictedChunks(text, annotation), report);
        ++report.sentences;
        report.tokens += sentence.tokens.size();
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace annalist::core
