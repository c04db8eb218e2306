// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <annalist/core/eval/conll_eval.h>
#include <annalist/core/ner/gazetteer.h>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace annalist::core;

namespace {

/// Three sentences whose scores are worked out by hand in the tests below.
EvalReport handMadeReport() {
    EvalReport report;
    // Both phrases found exactly.
    scoreSentence({{0, 2, "PER"}, {4, 5, "LOC"}}, {{{0, 2, "PER"}, {4, 5, "LOC"}}, {}}, report);
    // An organisation one token short (a false positive and a false negative); a place typed as a person.
    scoreSentence({{1, 4, "ORG"}, {6, 7, "LOC"}}, {{{1, 3, "ORG"}, {6, 7, "PER"}}, {}}, report);
    // A person found twice (one phrase), a place that cuts a token, a MISC phrase that is not scored.
    scoreSentence(decodeChunks({"B-PER", "O", "B-MISC", "I-MISC"}), {{{0, 1, "PER"}, {0, 1, "PER"}}, {"LOC"}}, report);
    return report;
}

} // namespace

TEST_CASE("scoring a hand-made data set gives the counts worked out by hand", "[eval][scoring]") {
    const EvalReport report = handMadeReport();
    const ChunkCounts& per = report.perType.at("PER");
    const ChunkCounts& loc = report.perType.at("LOC");
    const ChunkCounts& org = report.perType.at("ORG");
    CHECK((per.truePositives == 2 && per.falsePositives == 1 && per.falseNegatives == 0));
    CHECK((loc.truePositives == 1 && loc.falsePositives == 1 && loc.falseNegatives == 1));
    CHECK((org.truePositives == 0 && org.falsePositives == 1 && org.falseNegatives == 1));
    CHECK((report.overall.truePositives == 3 && report.overall.falsePositives == 3 &&
           report.overall.falseNegatives == 2));
    CHECK(report.misaligned == 1);
    CHECK(report.ignoredGold.at("MISC") == 1);
}

TEST_CASE("precision, recall and F1 follow conlleval, micro-averaged overall", "[eval][scoring]") {
    const EvalReport report = handMadeReport();
    CHECK(report.perType.at("PER").precision() == Approx(2.0 / 3.0));
    CHECK(report.perType.at("PER").recall() == Approx(1.0));
    CHECK(report.perType.at("PER").f1() == Approx(0.8));
    CHECK(report.perType.at("LOC").f1() == Approx(0.5));
    CHECK(report.perType.at("ORG").precision() == 0.0);
    CHECK(report.perType.at("ORG").f1() == 0.0);
    CHECK(report.overall.precision() == Approx(0.5));
    CHECK(report.overall.recall() == Approx(0.6));
    CHECK(report.overall.f1() == Approx(6.0 / 11.0));
}

TEST_CASE("scores with nothing predicted or nothing to find are zero, not a division by zero", "[eval][scoring]") {
    const ChunkCounts none;
    CHECK(none.precision() == 0.0);
    CHECK(none.recall() == 0.0);
    CHECK(none.f1() == 0.0);
}

TEST_CASE("formatReport prints a conlleval-like table with counts and speed", "[eval][report]") {
    EvalReport report = handMadeReport();
    report.sentences = 3;
    report.tokens = 20;
    report.language = "it";
    report.seconds = 0.5;
    const std::string text = formatReport(report);
    CHECK_THAT(text, Catch::StartsWith("processed 20 tokens with 5 phrases; found: 6 phrases; correct: 3.\n"));
    CHECK_THAT(text, Catch::Contains("PER           66.67%   100.00%    80.00%        2        1        0\n"));
    CHECK_THAT(text, Catch::Contains("overall       50.00%    60.00%    54.55%        3        3        2\n"));
    CHECK_THAT(text, Catch::Contains("sentences 3\ntokens 20\nlanguage it\n"));
    CHECK_THAT(text, Catch::Contains("misaligned 1"));
    CHECK_THAT(text, Catch::Contains("ignored MISC 1"));
    CHECK_THAT(text, Catch::EndsWith("tokens_per_second 40\n"));
}

TEST_CASE("evaluateConll annotates every sentence and accounts for every gold phrase", "[eval][recognizer]") {
    const auto gazetteer = Gazetteer::load(ANNALIST_RESOURCE_DIR, {"it", "en"});
    const Recognizer recognizer(gazetteer);
    const std::vector<ConllSentence> sentences =
        parseConll("Il\tO\npresidente\tO\nSergio\tB-PER\nMattarella\tI-PER\nè\tO\na\tO\nParigi\tB-LOC\n.\tO\n\n"
                   "La\tO\nNato\tB-ORG\nsi\tO\nriunisce\tO\ndomani\tO\nin\tO\nGermania\tB-LOC\n.\tO\n",
                   "gold.conll");
    const EvalReport report = evaluateConll(sentences, recognizer, "auto");
    CHECK(report.sentences == 2);
    CHECK(report.tokens == 16);
    CHECK(report.language == "it");
    CHECK(report.overall.truePositives + report.overall.falseNegatives == 4);
    CHECK(report.perType.size() == 3);
    CHECK(evaluateConll(sentences, recognizer, "en").language == "en");
}
