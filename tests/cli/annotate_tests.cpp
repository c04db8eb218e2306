// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_runner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>

using namespace annalist::cli::test;
using Json = nlohmann::json;

namespace {

/// Every mention's text is exactly the code point substring of `text` it points at.
void checkMentionsIndex(const Json& entities, const std::string& text) {
    for (const Json& entity : entities) {
        REQUIRE(entity.at("mentions").is_array());
        CHECK_FALSE(entity.at("mentions").empty());
        for (const Json& mention : entity.at("mentions")) {
            const auto start = mention.at("start").get<std::size_t>();
            const auto end = mention.at("end").get<std::size_t>();
            INFO(entity.at("name") << " at " << start << ".." << end);
            REQUIRE(start < end);
            REQUIRE(end <= codePointLength(text));
            CHECK(codePointSubstr(text, start, end) == mention.at("text").get<std::string>());
        }
    }
}

} // namespace

TEST_CASE("annotate prints the model article as JSON", "[cli][annotate]") {
    const RunResult run = runCli({"annotate", seedArticle()});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const Json json = Json::parse(run.out);

    const Json& article = json.at("article");
    const std::string text = article.at("text").get<std::string>();
    const std::string title = article.at("title").get<std::string>();
    REQUIRE_FALSE(title.empty());
    CHECK(text.rfind(title, 0) == 0);
    CHECK(text.find("date 2024-06") == std::string::npos);
    CHECK(article.at("published") == "2024-06");
    CHECK(article.at("language") == "it");

    checkMentionsIndex(json.at("entities"), text);
    std::set<std::string> types;
    for (const Json& entity : json.at("entities")) {
        types.insert(entity.at("type").get<std::string>());
        CHECK_FALSE(entity.at("id").get<std::string>().empty());
        CHECK_FALSE(entity.at("name").get<std::string>().empty());
    }
    CHECK(types.count("person") == 1);
    CHECK(types.count("place") == 1);
    CHECK(types.count("organization") == 1);
    CHECK(json.at("quotes").is_array());
    CHECK(run.err.empty());
}

TEST_CASE("annotate JSON sentences and quotes lie inside the text", "[cli][annotate]") {
    const RunResult run = runCli({"annotate", "--lang", "it", "--format", "json", seedArticle()});
    REQUIRE(run.exitCode == 0);
    const Json json = Json::parse(run.out);
    const std::size_t length = codePointLength(json.at("article").at("text").get<std::string>());
    std::size_t previousEnd = 0;
    for (const Json& sentence : json.at("sentences")) {
        CHECK(sentence[0].get<std::size_t>() >= previousEnd);
        CHECK(sentence[0].get<std::size_t>() <= sentence[1].get<std::size_t>());
        CHECK(sentence[1].get<std::size_t>() <= length);
        previousEnd = sentence[1].get<std::size_t>();
    }
    for (const Json& quote : json.at("quotes")) {
        CHECK(quote.at("start").get<std::size_t>() < quote.at("end").get<std::size_t>());
        CHECK(quote.at("end").get<std::size_t>() <= length);
    }
}

TEST_CASE("annotate prints Markdown notes", "[cli][annotate]") {
    const RunResult run = runCli({"annotate", "--format", "md", seedArticle()});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.rfind("---\ntitle: \"", 0) == 0);
    CHECK(run.out.find("\ndate: \"2024-06\"\n") != std::string::npos);
    CHECK(run.out.find("\n---\n\n# ") != std::string::npos);
    CHECK(run.out.find("\n## People\n") != std::string::npos);
    CHECK(run.out.find("\n### [[") != std::string::npos);
}

TEST_CASE("annotate prints one JSON line with --format jsonl", "[cli][annotate]") {
    const RunResult run = runCli({"annotate", "--format=jsonl", seedArticle()});
    REQUIRE(run.exitCode == 0);
    const std::vector<std::string> lines = linesOf(run.out);
    REQUIRE(lines.size() == 1);
    const Json json = Json::parse(lines[0]);
    CHECK(json.at("id") == seedArticle());
    CHECK(json.at("language") == "it");
    CHECK_FALSE(json.at("entities").empty());
}

TEST_CASE("annotate reads plain text from standard input", "[cli][annotate]") {
    const std::string input = "Il vertice di Hanoi\n\nVladimir Putin è arrivato in Vietnam, dice la Nato.\n";
    const RunResult run = runCli({"annotate", "--lang", "it", "-"}, input);
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const Json json = Json::parse(run.out);
    const std::string text = json.at("article").at("text").get<std::string>();
    CHECK(text.find("Vladimir Putin è arrivato in Vietnam") != std::string::npos);
    CHECK(json.at("article").at("language") == "it");
    checkMentionsIndex(json.at("entities"), text);
}

TEST_CASE("annotate converts a Latin-1 file with a notice", "[cli][annotate]") {
    const std::string file = testData("latin1.it.txt").string();
    const RunResult run = runCli({"annotate", file});
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.find("annalist-cli: note: " + file + " was read as ") != std::string::npos);
    CHECK(run.err.find("converted to UTF-8") != std::string::npos);
    const Json json = Json::parse(run.out); // throws on invalid UTF-8
    const std::string text = json.at("article").at("text").get<std::string>();
    CHECK(std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
    checkMentionsIndex(json.at("entities"), text);
}

TEST_CASE("annotate refuses bad input files with exit code 1", "[cli][annotate]") {
    const TempDir dir;
    for (const std::string& file : {(dir / "missing.txt").string(), testData("empty.txt").string(),
                                    testData("binary.bin").string(), testData("invalid-utf8.txt").string()}) {
        const RunResult run = runCli({"annotate", file});
        INFO(file << ": " << run.err);
        CHECK(run.exitCode == 1);
        CHECK(run.out.empty());
        CHECK(run.err.rfind("annalist-cli: ", 0) == 0);
    }
}

TEST_CASE("annotate refuses empty standard input", "[cli][annotate]") {
    const RunResult run = runCli({"annotate", "-"}, "  \n\n ");
    CHECK(run.exitCode == 1);
    CHECK(run.err.rfind("annalist-cli: ", 0) == 0);
}
