// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/compact_json.h"
#include "export_fixture.h"

#include <annalist/core/export/json_export.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <random>
#include <string>
#include <vector>

using namespace annalist::core;
using annalist::core::test::ExportFixture;
using Json = nlohmann::ordered_json;

namespace {

std::string written(std::string_view text) {
    std::string out;
    CompactJsonWriter(out).string(text);
    return out;
}

std::string written(double value) {
    std::string out;
    CompactJsonWriter(out).number(value);
    return out;
}

std::string dumped(const Json& json) {
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

/// The record toBatchJsonLine() writes, built as a JSON tree.
Json batchRecord(std::string_view id, const Annotation& annotation) {
    Json entities = Json::array();
    for (const Entity& entity : annotation.entities) {
        Json json{{"id", entity.id}, {"type", toString(entity.type)}, {"name", entity.name}};
        if (!entity.description.empty()) {
            json["description"] = entity.description;
        }
        Json mentions = Json::array();
        for (const Mention& m : entity.mentions) {
            mentions.push_back(Json{{"start", m.span.start},
                                    {"end", m.span.end},
                                    {"text", m.text},
                                    {"origin", toString(m.origin)},
                                    {"confidence", m.confidence},
                                    {"sentence", m.sentence}});
        }
        json["mentions"] = std::move(mentions);
        entities.push_back(std::move(json));
    }
    Json quotes = Json::array();
    for (const Quote& quote : annotation.quotes) {
        Json json{{"start", quote.span.start}, {"end", quote.span.end}};
        if (quote.speaker) {
            json["speaker"] = *quote.speaker;
        }
        quotes.push_back(std::move(json));
    }
    return Json{{"id", std::string(id)}, {"language", annotation.language}, {"entities", entities}, {"quotes", quotes}};
}

} // namespace

TEST_CASE("compact JSON strings are escaped as nlohmann::json escapes them", "[export][json]") {
    const std::vector<std::string> samples{"",
                                           "Putin",
                                           "La \"Gazzetta\" \\ Sera",
                                           "tab\there\nnew line\r\f\b",
                                           std::string("nul\0byte", 8),
                                           "\x01\x1f\x7f",
                                           "città «perché» – 東京 😀",
                                           "bad \xC3 end",
                                           "overlong \xC0\xAF and surrogate \xED\xA0\x80",
                                           "beyond \xF4\x90\x80\x80 and truncated \xF0\x9F\x98"};
    for (const std::string& sample : samples) {
        CHECK(written(sample) == dumped(Json(sample)));
    }
}

TEST_CASE("compact JSON strings match nlohmann::json on random bytes", "[export][json]") {
    std::mt19937 random(20240619);
    std::uniform_int_distribution<int> length(0, 40);
    std::uniform_int_distribution<int> byte(0, 255);
    const std::string alphabet = "aZ\"\\\n\x01\xC3\xA8\xE2\x80\x99\xF0\x9F\x98\x80\xED\xC0\xFF";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    for (int round = 0; round < 20000; ++round) {
        std::string sample;
        const int size = length(random);
        for (int i = 0; i < size; ++i) {
            sample += round % 2 == 0 ? static_cast<char>(byte(random)) : alphabet[pick(random)];
        }
        REQUIRE(written(sample) == dumped(Json(sample)));
    }
}

TEST_CASE("compact JSON numbers match nlohmann::json", "[export][json]") {
    for (const double value : {0.0, -0.0, 0.5, 0.6, 0.7, 0.9, 0.95, 1.0, 1.0 / 3.0, 1e-7, 123456789.25, 0.9, 0.0}) {
        CHECK(written(value) == dumped(Json(value)));
    }
    std::string out;
    CompactJsonWriter(out).number(std::size_t{18446744073709551615ULL});
    CHECK(out == "18446744073709551615");
    for (const std::size_t value : {0, 7, 9, 10, 42, 99, 100, 305, 999, 1000, 2039, 9999, 10000, 65536, 1234567}) {
        std::string written;
        CompactJsonWriter(written).number(value);
        CHECK(written == std::to_string(value));
    }
}

TEST_CASE("compact JSON tokens of one writer follow each other in order", "[export][json]") {
    std::string out = "prefix ";
    {
        CompactJsonWriter json(out);
        const std::string description(5000, 'x');
        for (int i = 0; i < 50; ++i) {
            json.raw("{");
            json.key("n");
            json.number(static_cast<std::size_t>(i));
            json.raw(",");
            json.key("d");
            json.string(description);
            json.raw(",\"c\":");
            json.number(0.9);
            json.raw("}");
        }
    }
    const std::string one = "{\"n\":7,\"d\":\"" + std::string(5000, 'x') + "\",\"c\":0.9}";
    // Ten one-digit numbers and forty two-digit ones, after the seven bytes that were there.
    CHECK(out.size() == 7 + 50 * one.size() + 40);
    CHECK(out.substr(0, 7) == "prefix ");
    CHECK(out.substr(7 + 7 * one.size(), one.size()) == one);
}

TEST_CASE("batch JSON lines are the compact dump of the record", "[export][json]") {
    ExportFixture fixture;
    fixture.annotation.entities[0].mentions[0].confidence = 1.0;
    fixture.annotation.entities[1].name = "To \"Lam\"\t\x01";
    CHECK(toBatchJsonLine("doc-7", fixture.annotation) == dumped(batchRecord("doc-7", fixture.annotation)));
    const Annotation empty;
    CHECK(toBatchJsonLine("", empty) == dumped(batchRecord("", empty)));
}
