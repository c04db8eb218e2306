// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"
#include "annalist/core/ner/recognizer.h"

#include <compare>
#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

/// Entity-level evaluation of the recogniser against CoNLL-style gold data (one token per line, the
/// BIO tag in the last column, a blank line between sentences), scored like the conlleval script:
/// a phrase counts as correct only when its type and both its token bounds match.
namespace annalist::core {

/// One token of a gold sentence.
struct ConllToken {
    std::string text; ///< the token as written in the first column
    std::string tag;  ///< the tag of the last column: "O", "B-PER", "I-LOC"…
};

/// One gold sentence, in file order.
struct ConllSentence {
    std::vector<ConllToken> tokens; ///< never empty
    std::size_t line = 0;           ///< 1-based line of its first token, for messages
};

/// Parses CoNLL/KIND-style text: columns separated by tabs (or, in a line without tabs, by spaces),
/// the token first and the tag last; blank lines and `-DOCSTART-` lines end sentences. Tags are "O" or
/// B-/I- followed by a type. Throws InputError (Malformed, or Empty when there is no token) naming
/// `inputName` and the line.
[[nodiscard]] std::vector<ConllSentence> parseConll(std::string_view utf8, const std::string& inputName);

/// Reads and parses a CoNLL file in any encoding decodeText() accepts. Throws InputError naming the file.
[[nodiscard]] std::vector<ConllSentence> readConllFile(const std::filesystem::path& path);

/// A typed run of tokens [begin, end) of one sentence.
struct TokenChunk {
    std::size_t begin = 0; ///< index of the first token
    std::size_t end = 0;   ///< index after the last token
    std::string type;      ///< "PER", "LOC", "ORG"…

    auto operator<=>(const TokenChunk&) const = default;
};

/// Decodes a sentence's tags into phrases with conlleval's rules, so that both BIO (IOB2) and IOB1 work:
/// B-X always starts a phrase; I-X continues a phrase of type X and otherwise starts one; O ends it.
[[nodiscard]] std::vector<TokenChunk> decodeChunks(const std::vector<std::string>& tags);

/// A sentence rebuilt as running text, with the code point span of every token in it.
struct DetokenizedSentence {
    std::string text;         ///< the tokens joined, UTF-8
    std::vector<Span> tokens; ///< one per input token, in order, code points into `text`
};

/// Joins tokens with single spaces, except before closing punctuation (, . ; : ! ? ) ] } » % …), after
/// opening brackets (( [ { «) and after a token ending in an apostrophe (' or ’), as in "dell'Occidente".
[[nodiscard]] DetokenizedSentence detokenize(const std::vector<std::string>& tokens);

/// CoNLL type of a recogniser type: person → "PER", place → "LOC", organization → "ORG"; empty for the
/// types the gold data does not tag.
[[nodiscard]] std::string_view conllType(EntityType type);

/// What the recogniser predicted for one sentence, in token terms.
struct PredictedChunks {
    std::vector<TokenChunk> aligned;          ///< mentions whose bounds are token bounds
    std::vector<std::string> misalignedTypes; ///< the CoNLL type of each mention that cuts a token
};

/// Maps the mentions of an annotation of `sentence.text` to token chunks; mentions of types without a
/// CoNLL type are left out.
[[nodiscard]] PredictedChunks predictedChunks(const DetokenizedSentence& sentence, const Annotation& annotation);

/// True positives, false positives and false negatives of one type (or of all).
struct ChunkCounts {
    std::size_t truePositives = 0;  ///< predicted phrases equal to a gold phrase
    std::size_t falsePositives = 0; ///< predicted phrases equal to none
    std::size_t falseNegatives = 0; ///< gold phrases that were not predicted

    /// tp / (tp + fp), 0 when nothing was predicted.
    [[nodiscard]] double precision() const;
    /// tp / (tp + fn), 0 when there is nothing to find.
    [[nodiscard]] double recall() const;
    /// Harmonic mean of precision and recall, 0 when both are 0.
    [[nodiscard]] double f1() const;
    /// Adds another count to this one.
    ChunkCounts& operator+=(const ChunkCounts& other);
};

/// Scores of a whole data set.
struct EvalReport {
    std::map<std::string, ChunkCounts> perType;     ///< "LOC", "ORG", "PER", always present
    ChunkCounts overall;                            ///< micro-average: the sum over types
    std::map<std::string, std::size_t> ignoredGold; ///< gold phrases of other types (MISC…), not scored
    std::size_t misaligned = 0;                     ///< predictions that cut a token (counted as false positives)
    std::size_t sentences = 0;                      ///< sentences annotated
    std::size_t tokens = 0;                         ///< tokens in those sentences
    std::string language;                           ///< the language the sentences were annotated as
    double seconds = 0.0;                           ///< time spent rebuilding, annotating and scoring the sentences

    /// Tokens per second of annotation, 0 when no time was measured.
    [[nodiscard]] double tokensPerSecond() const;
};

/// The types the evaluation scores, in report order.
[[nodiscard]] const std::vector<std::string>& scoredConllTypes();

/// Adds one sentence's gold and predicted phrases to a report (exact match on type and bounds).
void scoreSentence(const std::vector<TokenChunk>& gold, const PredictedChunks& predicted, EvalReport& report);

/// Annotates every sentence on its own with the recogniser and scores it. `language` is a code or
/// "auto", which detects one language for the whole data set (falling back to Italian).
[[nodiscard]] EvalReport evaluateConll(const std::vector<ConllSentence>& sentences, const Recognizer& recognizer,
                                       std::string_view language);

/// A conlleval-like text table: one row per type with precision, recall, F1, tp, fp and fn; the
/// overall row; then sentence and token counts, the language and the throughput.
[[nodiscard]] std::string formatReport(const EvalReport& report);

} // namespace annalist::core
