// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_fixture.h"

#include <annalist/core/error.h>
#include <annalist/core/export/json_export.h>
#include <annalist/core/text/unicode.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace annalist::core;
using annalist::core::test::ExportFixture;
using Json = nlohmann::json;

TEST_CASE("annotate JSON carries the article and its metadata", "[export][json]") {
    ExportFixture fixture;
    fixture.article.lead = "Il viaggio in Asia";
    const Json json = Json::parse(toAnnotateJson(fixture.article, fixture.text, fixture.annotation));

    const Json& article = json.at("article");
    CHECK(article.at("title") == "Putin a Hanoi");
    CHECK(article.at("lead") == "Il viaggio in Asia");
    CHECK(article.at("byline") == "");
    CHECK(article.at("source") == "La \"Gazzetta\" \\ Sera");
    CHECK(article.at("url") == "https://example.org/a?b=1#c");
    CHECK(article.at("published") == "2024-06");
    CHECK(article.at("language") == "it");
    CHECK(article.at("text") == fixture.text);
}

TEST_CASE("annotate JSON writes an unknown date as null", "[export][json]") {
    ExportFixture fixture;
    fixture.article.published = PartialDate{};
    const Json json = Json::parse(toAnnotateJson(fixture.article, fixture.text, fixture.annotation));
    CHECK(json.at("article").at("published").is_null());
}

TEST_CASE("annotate JSON mentions index the text in code points", "[export][json]") {
    ExportFixture fixture;
    const Json json = Json::parse(toAnnotateJson(fixture.article, fixture.text, fixture.annotation));
    const std::string text = json.at("article").at("text").get<std::string>();

    REQUIRE(json.at("entities").size() == fixture.annotation.entities.size());
    std::size_t mentions = 0;
    for (const Json& entity : json.at("entities")) {
        for (const Json& mention : entity.at("mentions")) {
            const auto start = mention.at("start").get<std::size_t>();
            const auto end = mention.at("end").get<std::size_t>();
            CHECK(substrCodePoints(text, start, end) == mention.at("text").get<std::string>());
            CHECK(mention.at("origin") == "gazetteer");
            CHECK(mention.at("confidence").get<double>() == Approx(0.75));
            const auto sentence = mention.at("sentence").get<std::size_t>();
            REQUIRE(sentence < json.at("sentences").size());
            CHECK(json.at("sentences")[sentence][0].get<std::size_t>() <= start);
            CHECK(json.at("sentences")[sentence][1].get<std::size_t>() >= end);
            ++mentions;
        }
    }
    CHECK(mentions == fixture.annotation.mentionCount());
}

TEST_CASE("annotate JSON entities carry id, type, name and an optional description", "[export][json]") {
    ExportFixture fixture;
    const Json json = Json::parse(toAnnotateJson(fixture.article, fixture.text, fixture.annotation));
    const Json& putin = json.at("entities")[0];
    CHECK(putin.at("id") == "person:putin");
    CHECK(putin.at("type") == "person");
    CHECK(putin.at("name") == "Vladimir Putin");
    CHECK(putin.at("description") == "Presidente della Russia");
    CHECK(putin.at("mentions").size() == 5);

    const Json& lam = json.at("entities")[1];
    CHECK_FALSE(lam.contains("description"));
    CHECK(json.at("entities")[2].at("type") == "place");
    CHECK(json.at("entities")[3].at("type") == "organization");
    CHECK(json.at("entities")[4].at("type") == "treaty");
}

TEST_CASE("annotate JSON lists quotes with optional speakers and the sentences", "[export][json]") {
    ExportFixture fixture;
    const Json json = Json::parse(toAnnotateJson(fixture.article, fixture.text, fixture.annotation));
    const Json& quotes = json.at("quotes");
    REQUIRE(quotes.size() == 2);
    CHECK(substrCodePoints(fixture.text, quotes[0].at("start").get<std::size_t>(),
                           quotes[0].at("end").get<std::size_t>()) == "Un giorno storico");
    CHECK(quotes[0].at("speaker") == "person:putin");
    CHECK_FALSE(quotes[1].contains("speaker"));

    const Json& sentences = json.at("sentences");
    REQUIRE(sentences.size() == fixture.annotation.sentences.size());
    CHECK(substrCodePoints(fixture.text, sentences[1][0].get<std::size_t>(), sentences[1][1].get<std::size_t>()) ==
          "Putin incontra To Lam ad Hanoi.");
}

TEST_CASE("annotate JSON is pretty-printed UTF-8 without escapes", "[export][json]") {
    ExportFixture fixture;
    const std::string output = toAnnotateJson(fixture.article, fixture.text, fixture.annotation);
    CHECK(output.rfind("{\n  \"article\": {\n    \"title\"", 0) == 0);
    CHECK(output.find("«Un giorno storico»") != std::string::npos);
    CHECK(output.find("\\u00") == std::string::npos);
}

TEST_CASE("annotate JSON survives invalid UTF-8 instead of throwing", "[export][json]") {
    ExportFixture fixture;
    fixture.article.title = "Bad \xff\xfe title";
    std::string output;
    REQUIRE_NOTHROW(output = toAnnotateJson(fixture.article, fixture.text, fixture.annotation));
    const Json json = Json::parse(output);
    CHECK(json.at("article").at("title").get<std::string>().rfind("Bad ", 0) == 0);
}

TEST_CASE("batch line is one compact JSON object", "[export][json]") {
    ExportFixture fixture;
    const std::string line = toBatchJsonLine("doc-7", fixture.annotation);
    CHECK(line.find('\n') == std::string::npos);
    const Json json = Json::parse(line);
    CHECK(json.at("id") == "doc-7");
    CHECK(json.at("language") == "it");
    CHECK(json.at("entities").size() == 5);
    CHECK(json.at("entities")[0].at("mentions")[0].at("text") == "Putin");
    CHECK(json.at("quotes").size() == 2);
    CHECK_FALSE(json.contains("article"));
}

TEST_CASE("batch line of an empty annotation has empty arrays", "[export][json]") {
    Annotation empty;
    empty.language = "en";
    const Json json = Json::parse(toBatchJsonLine("1", empty));
    CHECK(json.at("entities").is_array());
    CHECK(json.at("entities").empty());
    CHECK(json.at("quotes").empty());
}

TEST_CASE("parseBatchLine reads id, text and language", "[export][json]") {
    const BatchInput input = parseBatchLine(R"({"id": "a1", "text": "Città di Roma", "language": "it"})", "in");
    CHECK(input.id == "a1");
    CHECK(input.text == "Città di Roma");
    CHECK(input.language == "it");
}

TEST_CASE("parseBatchLine accepts a numeric id and no language", "[export][json]") {
    const BatchInput input = parseBatchLine(R"({"text": "  spaced  ", "id": 42})", "in");
    CHECK(input.id == "42");
    CHECK(input.text == "  spaced  ");
    CHECK(input.language.empty());
}

namespace {

void requireMalformed(const std::string& line) {
    try {
        (void)parseBatchLine(line, "batch line 3");
        FAIL("no error for " << line);
    } catch (const InputError& error) {
        CHECK(error.problem() == InputProblem::Malformed);
        CHECK(error.inputName() == "batch line 3");
        CHECK(std::string(error.what()).find("batch line 3") != std::string::npos);
    }
}

} // namespace

TEST_CASE("parseBatchLine rejects malformed records", "[export][json]") {
    SECTION("missing text") {
        requireMalformed(R"({"id": "x"})");
    }
    SECTION("text not a string") {
        requireMalformed(R"({"id": "x", "text": 5})");
    }
    SECTION("missing id") {
        requireMalformed(R"({"text": "hello"})");
    }
    SECTION("id neither string nor number") {
        requireMalformed(R"({"id": [1], "text": "hello"})");
    }
    SECTION("language not a string") {
        requireMalformed(R"({"id": 1, "text": "a", "language": 3})");
    }
    SECTION("not JSON") {
        requireMalformed("id=1 text=hello");
    }
    SECTION("an array") {
        requireMalformed(R"([{"id": 1, "text": "a"}])");
    }
    SECTION("truncated") {
        requireMalformed(R"({"id": 1, "text": "a)");
    }
    SECTION("invalid UTF-8") {
        requireMalformed("{\"id\": 1, \"text\": \"\xff\"}");
    }
}

TEST_CASE("parseBatchLine summarises a long bad line", "[export][json]") {
    const std::string line(10000, 'x');
    try {
        (void)parseBatchLine(line, "in");
        FAIL("no error");
    } catch (const InputError& error) {
        CHECK(std::string(error.what()).size() < 400);
        CHECK(std::string(error.what()).find("xxxx") != std::string::npos);
    }
}
