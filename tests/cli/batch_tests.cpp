// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_runner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using namespace annalist::cli::test;
using Json = nlohmann::json;

namespace {

const std::vector<std::string> kBatchArgs = {"annotate", "--input-format", "jsonl", "--format", "jsonl", "-"};

std::string record(const Json& id, const std::string& text, const std::string& language = {}) {
    Json json{{"id", id}, {"text", text}};
    if (!language.empty()) {
        json["language"] = language;
    }
    return json.dump() + "\n";
}

void checkOffsets(const Json& output, const std::string& text) {
    for (const Json& entity : output.at("entities")) {
        for (const Json& mention : entity.at("mentions")) {
            const auto start = mention.at("start").get<std::size_t>();
            const auto end = mention.at("end").get<std::size_t>();
            REQUIRE(end <= codePointLength(text));
            CHECK(codePointSubstr(text, start, end) == mention.at("text").get<std::string>());
        }
    }
}

} // namespace

TEST_CASE("batch mode prints one line per record, in order", "[cli][batch]") {
    const std::vector<std::string> texts = {
        "Vladimir Putin è arrivato ad Hanoi, dove ha incontrato To Lam.",
        "  Angela Merkel met Joe Biden in Washington before the Nato summit.  ",
        "Città: «Roma» e Mosca.\n\nIl Cremlino tace.",
    };
    const std::string input =
        record("first", texts[0], "it") + "\n   \n" + record(42, texts[1], "en") + record("third", texts[2]);
    const RunResult run = runCli(kBatchArgs, input);
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const std::vector<std::string> lines = linesOf(run.out);
    REQUIRE(lines.size() == 3);

    const std::vector<std::string> ids = {"first", "42", "third"};
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Json output = Json::parse(lines[i]);
        CHECK(output.at("id") == ids[i]);
        CHECK(output.at("id").is_string());
        CHECK(output.at("quotes").is_array());
        checkOffsets(output, texts[i]);
    }
    CHECK(Json::parse(lines[0]).at("language") == "it");
    CHECK(Json::parse(lines[1]).at("language") == "en");
}

TEST_CASE("batch mode keeps input order across many records and threads", "[cli][batch]") {
    std::string input;
    for (int i = 0; i < 700; ++i) {
        input += record(i, "Il presidente Emmanuel Macron ha visitato Berlino il giorno " + std::to_string(i) + ".",
                        i % 2 == 0 ? "it" : "");
    }
    const RunResult parallel =
        runCli({"annotate", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "4", "-"}, input, {});
    const RunResult serial = runCli({"annotate", "--input-format=jsonl", "--format=jsonl", "--jobs=1", "-"}, input);
    REQUIRE(parallel.exitCode == 0);
    REQUIRE(serial.exitCode == 0);
    CHECK(parallel.out == serial.out);
    const std::vector<std::string> lines = linesOf(parallel.out);
    REQUIRE(lines.size() == 700);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        CHECK(Json::parse(lines[i]).at("id") == std::to_string(i));
    }
}

TEST_CASE("batch mode uses --lang for records without a language", "[cli][batch]") {
    const RunResult run = runCli({"annotate", "--lang", "en", "--input-format", "jsonl", "--format", "jsonl", "-"},
                                 record("a", "The Kremlin said nothing.") + record("b", "Il Cremlino tace.", "it"));
    REQUIRE(run.exitCode == 0);
    const std::vector<std::string> lines = linesOf(run.out);
    REQUIRE(lines.size() == 2);
    CHECK(Json::parse(lines[0]).at("language") == "en");
    CHECK(Json::parse(lines[1]).at("language") == "it");
}

TEST_CASE("batch mode reads a file as well as standard input", "[cli][batch]") {
    const TempDir dir;
    writeFile(dir / "corpus.jsonl", record("x", "Parigi e Londra.", "it") + record("y", "Madrid.", "it"));
    const RunResult run =
        runCli({"annotate", "--input-format", "jsonl", "--format", "jsonl", (dir / "corpus.jsonl").string()});
    REQUIRE(run.exitCode == 0);
    const std::vector<std::string> lines = linesOf(run.out);
    REQUIRE(lines.size() == 2);
    CHECK(Json::parse(lines[1]).at("id") == "y");
}

TEST_CASE("batch mode stops at a malformed line after printing the lines before it", "[cli][batch]") {
    const std::string input =
        record("ok", "Roma.", "it") + "\n" + "{\"id\": 2, \"txt\": \"no text\"}\n" + record("never", "Milano.", "it");
    const RunResult run = runCli(kBatchArgs, input);
    CHECK(run.exitCode == 1);
    const std::vector<std::string> lines = linesOf(run.out);
    REQUIRE(lines.size() == 1);
    CHECK(Json::parse(lines[0]).at("id") == "ok");
    CHECK(run.err.rfind("annalist-cli: ", 0) == 0);
    CHECK(run.err.find("line 3") != std::string::npos);
}

TEST_CASE("batch mode rejects a line that is not JSON", "[cli][batch]") {
    const RunResult run = runCli(kBatchArgs, "this is not json\n");
    CHECK(run.exitCode == 1);
    CHECK(run.out.empty());
    CHECK(run.err.find("line 1") != std::string::npos);
}

TEST_CASE("batch mode with no records prints nothing", "[cli][batch]") {
    const RunResult run = runCli(kBatchArgs, "\n\n");
    CHECK(run.exitCode == 0);
    CHECK(run.out.empty());
}

TEST_CASE("batch input needs JSON-lines output", "[cli][batch][usage]") {
    const RunResult run = runCli({"annotate", "--input-format", "jsonl", "--format", "json", "-"}, record("a", "b"));
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("usage: ") != std::string::npos);
}
