// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/eval/conll_eval.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace annalist::core {

namespace {

std::string formatted(const char* format, auto... values) {
    std::array<char, 256> buffer{};
    const int length = std::snprintf(buffer.data(), buffer.size(), format, values...);
    return length <= 0 ? std::string() : std::string(buffer.data(), std::min<std::size_t>(length, buffer.size() - 1));
}

std::string row(const std::string& name, const ChunkCounts& counts) {
    return formatted("%-10s %8.2f%% %8.2f%% %8.2f%% %8zu %8zu %8zu\n", name.c_str(), 100.0 * counts.precision(),
                     100.0 * counts.recall(), 100.0 * counts.f1(), counts.truePositives, counts.falsePositives,
                     counts.falseNegatives);
}

std::string summaryLine(const EvalReport& report) {
    const ChunkCounts& all = report.overall;
    return formatted("processed %zu tokens with %zu phrases; found: %zu phrases; correct: %zu.\n", report.tokens,
                     all.truePositives + all.falseNegatives, all.truePositives + all.falsePositives, all.truePositives);
}

std::string notes(const EvalReport& report) {
    std::string text;
    if (report.misaligned > 0) {
        text +=
            formatted("misaligned %zu (predictions that cut a token; counted as false positives)\n", report.misaligned);
    }
    for (const auto& [type, count] : report.ignoredGold) {
        text +=
            formatted("ignored %s %zu (gold phrases of a type the recogniser does not produce)\n", type.c_str(), count);
    }
    return text;
}

} // namespace

std::string formatReport(const EvalReport& report) {
    std::string text = summaryLine(report);
    text += formatted("%-10s %9s %9s %9s %8s %8s %8s\n", "type", "precision", "recall", "F1", "tp", "fp", "fn");
    for (const auto& [type, counts] : report.perType) {
        text += row(type, counts);
    }
    text += row("overall", report.overall);
    text +=
        formatted("sentences %zu\ntokens %zu\nlanguage %s\n", report.sentences, report.tokens, report.language.c_str());
    text += notes(report);
    text += formatted("seconds %.3f\ntokens_per_second %.0f\n", report.seconds, std::round(report.tokensPerSecond()));
    return text;
}

} // namespace annalist::core
