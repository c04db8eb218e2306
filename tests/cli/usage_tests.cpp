// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace annalist::cli::test;

namespace {

void requireUsageError(const std::vector<std::string>& args) {
    const RunResult run = runCli(args);
    INFO(run.err);
    CHECK(run.exitCode == 2);
    CHECK(run.out.empty());
    CHECK(run.err.rfind("annalist-cli: ", 0) == 0);
    CHECK(run.err.find("\nusage: annalist-cli") != std::string::npos);
}

} // namespace

TEST_CASE("tool usage errors exit with code 2 and a usage line", "[cli][usage]") {
    SECTION("no command") {
        requireUsageError({});
    }
    SECTION("unknown command") {
        requireUsageError({"frobnicate"});
    }
    SECTION("unknown tool option") {
        requireUsageError({"--frobnicate"});
    }
}

TEST_CASE("command usage errors exit with code 2 and the command's usage line", "[cli][usage]") {
    SECTION("unknown command option") {
        requireUsageError({"annotate", "--frobnicate", seedArticle()});
    }
    SECTION("missing file") {
        requireUsageError({"annotate"});
    }
    SECTION("too many files") {
        requireUsageError({"annotate", seedArticle(), seedArticle()});
    }
    SECTION("option without its value") {
        requireUsageError({"annotate", seedArticle(), "--lang"});
    }
    SECTION("value not allowed") {
        requireUsageError({"annotate", "--format", "xml", seedArticle()});
    }
    SECTION("language not supported") {
        requireUsageError({"annotate", "--lang", "tlh", seedArticle()});
    }
    SECTION("bad job count") {
        requireUsageError({"annotate", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "0", "-"});
    }
    SECTION("import without files") {
        requireUsageError({"import", "--library", "x.sqlite"});
    }
    SECTION("export without ids") {
        requireUsageError({"export", "--format", "md"});
    }
    SECTION("list with an argument") {
        requireUsageError({"list", "extra"});
    }
    SECTION("empty library path") {
        requireUsageError({"list", "--library="});
    }
}

TEST_CASE("the help option describes the tool and every command", "[cli][usage]") {
    const RunResult run = runCli({"--help"});
    CHECK(run.exitCode == 0);
    CHECK(run.out.rfind("usage: annalist-cli", 0) == 0);
    for (const std::string command : {"annotate", "import", "list", "export"}) {
        CHECK(run.out.find("\n  " + command + " ") != std::string::npos);
        const RunResult help = runCli({command, "--help"});
        CHECK(help.exitCode == 0);
        CHECK(help.out.rfind("usage: annalist-cli " + command, 0) == 0);
        CHECK(runCli({command, "-h"}).out == help.out);
    }
    CHECK(runCli({"-h"}).out == run.out);
}

TEST_CASE("the version option prints the version", "[cli][usage]") {
    const RunResult run = runCli({"--version"});
    CHECK(run.exitCode == 0);
    CHECK(run.out.rfind("annalist-cli ", 0) == 0);
    CHECK(run.out.back() == '\n');
}
