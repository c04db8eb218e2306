// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/batch_line_parser.h"

#include <annalist/core/error.h>
#include <annalist/core/export/json_export.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace annalist::core;
using Json = nlohmann::ordered_json;

namespace {

/// What the full JSON parser makes of a line: the record, or nullopt when it is refused.
std::optional<BatchInput> parsedByNlohmann(std::string_view line) {
    const Json json = Json::parse(line.begin(), line.end(), nullptr, false);
    if (json.is_discarded() || !json.is_object() || !json.contains("text") || !json["text"].is_string() ||
        !json.contains("id")) {
        return std::nullopt;
    }
    const Json& id = json["id"];
    if (!id.is_string() && !id.is_number()) {
        return std::nullopt;
    }
    BatchInput input{id.is_string() ? id.get<std::string>() : id.dump(), json["text"].get<std::string>(), {}};
    if (json.contains("language") && !json["language"].is_null()) {
        if (!json["language"].is_string()) {
            return std::nullopt;
        }
        input.language = json["language"].get<std::string>();
    }
    return input;
}

/// The fast reader either declines or agrees exactly with the full parser.
bool agrees(const std::string& line) {
    const std::optional<BatchInput> fast = parseSimpleBatchLine(line);
    if (!fast) {
        return false;
    }
    const std::optional<BatchInput> full = parsedByNlohmann(line);
    INFO("line: " << line);
    REQUIRE(full.has_value());
    CHECK(fast->id == full->id);
    CHECK(fast->text == full->text);
    CHECK(fast->language == full->language);
    return true;
}

} // namespace

TEST_CASE("simple batch lines are read as the JSON parser reads them", "[export][jsonl]") {
    CHECK(agrees(R"({"id":"a1","text":"Putin a Hanoi."})"));
    CHECK(agrees(R"( { "id" : 42 , "text" : "città \"Roma\" \\ \/ \t\n\r\b\f" , "language" : "it" } )"
                 "\r"));
    CHECK(agrees(R"({"text":"x","id":0,"language":null,"source":"ignored"})"));
    CHECK(agrees(R"({"id":"","text":"","language":""})"));
}

TEST_CASE("unusual batch lines are left to the JSON parser", "[export][jsonl]") {
    for (const char* line : {R"({"id":"a","text":"caf\u00e9"})", R"({"id":1.5,"text":"x"})", R"({"id":-1,"text":"x"})",
                             R"({"id":007,"text":"x"})", R"({"id":"a","text":"x","id":"b"})", R"({"id":"a","text":1})",
                             R"({"id":"a","text":"x","language":3})", R"({"id":"a","text":"x","n":{"a":1}})",
                             R"({"id":"a","text":"x"} trailing)", R"({"id":"a","text":"x",})", R"({"text":"x"})",
                             "{\"id\":\"a\",\"text\":\"bad \xC3 byte\"}", "{\"id\":\"a\",\"text\":\"tab\there\"}",
                             R"({"id":null,"text":"x"})", "[1]", "", "\xEF\xBB\xBF{\"id\":1,\"text\":\"x\"}"}) {
        INFO(line);
        CHECK_FALSE(parseSimpleBatchLine(line));
    }
}

TEST_CASE("batch lines with random damage are read as the JSON parser reads them", "[export][jsonl]") {
    const std::string base = R"({"id":"doc-1","text":"Il \"vertice\" \\ a Roma","language":"it","n":"x"})";
    const std::string alphabet = "{}[]\",:\\ \t0129-.enulltrue\xC3\xA8\xFF"
                                 "abc";
    std::mt19937 random(42);
    std::uniform_int_distribution<std::size_t> position(0, base.size() - 1);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string line = base;
        for (int edits = 1 + round % 3; edits > 0; --edits) {
            const std::size_t at = position(random) % line.size();
            if (round % 2 == 0) {
                line[at] = alphabet[pick(random)];
            } else {
                line.erase(at, 1);
            }
        }
        accepted += agrees(line) ? 1 : 0;
    }
    CHECK(accepted > 1000);
}

TEST_CASE("parseBatchLine gives the same records through either reader", "[export][jsonl]") {
    const BatchInput simple = parseBatchLine(R"({"id":7,"text":"Roma","language":"it"})", "input");
    CHECK(simple.id == "7");
    CHECK(simple.text == "Roma");
    CHECK(simple.language == "it");
    const BatchInput escaped = parseBatchLine(R"({"id":7,"text":"Rom\u00e0"})", "input");
    CHECK(escaped.text == "Romà");
    CHECK_THROWS_AS(parseBatchLine(R"({"id":7,"text":"x","language":3})", "input"), InputError);
}
