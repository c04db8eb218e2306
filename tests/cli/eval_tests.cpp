// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace annalist::cli::test;

namespace {

/// The counts of one table row: true positives, false positives, false negatives.
struct RowCounts {
    std::size_t tp = 0;
    std::size_t fp = 0;
    std::size_t fn = 0;
};

/// The rows of the table, by their first word ("LOC", "ORG", "PER", "overall").
std::map<std::string, RowCounts> tableRows(const std::string& out) {
    std::map<std::string, RowCounts> rows;
    for (const std::string& line : linesOf(out)) {
        std::istringstream in(line);
        std::string name;
        std::string precision;
        std::string recall;
        std::string f1;
        RowCounts counts;
        if (in >> name >> precision >> recall >> f1 >> counts.tp >> counts.fp >> counts.fn && f1.ends_with("%")) {
            rows[name] = counts;
        }
    }
    return rows;
}

} // namespace

TEST_CASE("eval scores the recogniser on a CoNLL file, type by type", "[cli][eval]") {
    const RunResult run = runCli({"eval", "--conll", testData("eval-sample.it.conll").string(), "--lang", "it"});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.out, Catch::StartsWith("processed 103 tokens with 18 phrases; found: "));
    CHECK_THAT(run.out, Catch::Contains("\nsentences 8\ntokens 103\nlanguage it\n"));
    CHECK_THAT(run.out, Catch::Contains("\ntokens_per_second "));
    const std::map<std::string, RowCounts> rows = tableRows(run.out);
    REQUIRE(rows.size() == 4);
    // Whatever the recogniser finds, every gold phrase is either found or missed.
    CHECK(rows.at("LOC").tp + rows.at("LOC").fn == 8);
    CHECK(rows.at("ORG").tp + rows.at("ORG").fn == 5);
    CHECK(rows.at("PER").tp + rows.at("PER").fn == 5);
    const RowCounts& overall = rows.at("overall");
    CHECK(overall.tp == rows.at("LOC").tp + rows.at("ORG").tp + rows.at("PER").tp);
    CHECK(overall.fp == rows.at("LOC").fp + rows.at("ORG").fp + rows.at("PER").fp);
    // Names the recogniser knows well should not all be missed.
    CHECK(overall.tp >= 9);
}

TEST_CASE("eval refuses a missing or malformed file with code 1 and a call without --conll with 2",
          "[cli][eval][errors]") {
    const RunResult missing = runCli({"eval", "--conll", testData("no-such-file.conll").string()});
    CHECK(missing.exitCode == 1);
    CHECK_THAT(missing.err, Catch::Contains("no-such-file.conll") && Catch::Contains("not found"));
    const RunResult malformed = runCli({"eval", "--conll", testData("sample.md").string()});
    CHECK(malformed.exitCode == 1);
    CHECK_THAT(malformed.err, Catch::Contains("sample.md") && Catch::Contains("line 1"));
    const RunResult usage = runCli({"eval"});
    CHECK(usage.exitCode == 2);
    CHECK_THAT(usage.err, Catch::Contains("usage: annalist-cli eval --conll FILE"));
    const RunResult help = runCli({"eval", "--help"});
    CHECK(help.exitCode == 0);
    CHECK_THAT(help.out, Catch::StartsWith("usage: annalist-cli eval"));
}
