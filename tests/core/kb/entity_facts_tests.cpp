// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/error.h"
#include "annalist/core/kb/entity_facts.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace annalist::core;

namespace {

// The compiled file the build writes into share/annalist, loaded once for all tests.
const FactsBook& compiledBook() {
    static const FactsBook book = FactsBook::load(ANNALIST_RESOURCE_DIR);
    return book;
}

} // namespace

TEST_CASE("Facts of a person: office, term and country", "[kb][facts]") {
    const auto putin = compiledBook().facts("person:vladimir-putin");
    REQUIRE(putin);
    CHECK(putin->name == "Vladimir Putin");
    CHECK(putin->country == "RU");
    CHECK(putin->descriptionEn == "President of Russia");
    CHECK(putin->descriptionIt == "presidente della Russia");
    REQUIRE(putin->offices.size() >= 2);
    CHECK(putin->offices.front() == Office{"President of Russia", "2012-05-07", ""});
    CHECK(putin->offices[1].title == "Prime Minister of Russia");
    CHECK_FALSE(putin->location);
}

TEST_CASE("Offices held from 2025 come first, and the ended term is closed", "[kb][facts]") {
    const auto trump = compiledBook().facts("person:donald-trump");
    REQUIRE(trump);
    REQUIRE(trump->offices.size() >= 2);
    CHECK(trump->offices.front() == Office{"President of the United States", "2025-01-20", ""});
    CHECK(trump->offices[1] == Office{"President of the United States", "2017-01-20", "2021-01-20"});
    const auto kallas = compiledBook().facts("person:kaja-kallas");
    REQUIRE(kallas);
    REQUIRE_FALSE(kallas->offices.empty());
    CHECK(kallas->offices.front() ==
          Office{"High Representative of the Union for Foreign Affairs and Security Policy", "2024-12-01", ""});
}

TEST_CASE("Facts of a city: coordinates, country and population", "[kb][facts]") {
    const auto hanoi = compiledBook().facts("city:VN:hanoi");
    REQUIRE(hanoi);
    CHECK(hanoi->name == "Hanoi");
    CHECK(hanoi->country == "VN");
    CHECK(hanoi->descriptionEn == "capital of Vietnam");
    REQUIRE(hanoi->location);
    CHECK(hanoi->location->latitude == Approx(21.0245));
    CHECK(hanoi->location->longitude == Approx(105.8412));
    CHECK(hanoi->population > 1000000);

    const auto pyongyang = compiledBook().facts("city:KP:pyongyang");
    REQUIRE(pyongyang);
    REQUIRE(pyongyang->location);
    CHECK(pyongyang->location->latitude == Approx(39.0339));
}

TEST_CASE("Facts of a treaty: parties, dates and status", "[kb][facts]") {
    const FactsBook& book = compiledBook();
    const auto treaty = book.facts("treaty:russia-north-korea-comprehensive-strategic-partnership");
    REQUIRE(treaty);
    CHECK(treaty->parties == std::vector<std::string>{"country:RU", "country:KP"});
    CHECK(treaty->signedOn == "2024-06-19");
    CHECK(treaty->inForceFrom == "2024-12-04");
    CHECK(treaty->status == "in-force");
    CHECK(treaty->kind == "bilateral");
    CHECK(book.nameOf("country:RU") == "Russia");
    CHECK(book.nameOf("country:KP") == "North Korea");
    CHECK(book.nameOf("org:unknown-body") == "org:unknown-body");
}

TEST_CASE("A country is placed at the centroid of its largest outline", "[kb][facts]") {
    const auto korea = compiledBook().facts("country:KP");
    REQUIRE(korea);
    REQUIRE(korea->location);
    // North Korea spans about 124–131 °E and 37.7–43 °N.
    CHECK(korea->location->longitude > 124.0);
    CHECK(korea->location->longitude < 131.0);
    CHECK(korea->location->latitude > 37.7);
    CHECK(korea->location->latitude < 43.0);
    CHECK_FALSE(compiledBook().facts("person:nobody-at-all"));
}

TEST_CASE("The compiled facts file gives back what the sources say", "[kb][facts]") {
    const std::filesystem::path sources = std::filesystem::path(ANNALIST_TEST_DATA_DIR) / ".." / ".." / "resources";
    const FactsBook fromSources = FactsBook::fromSources(sources);
    CHECK(fromSources.size() == compiledBook().size());
    const auto treaty = fromSources.facts("treaty:russia-north-korea-comprehensive-strategic-partnership");
    REQUIRE(treaty);
    CHECK(treaty->parties == compiledBook().facts(treaty->id)->parties);

    const std::filesystem::path copy = std::filesystem::temp_directory_path() / "annalist-facts-test.tsv";
    fromSources.save(copy);
    const FactsBook reloaded = FactsBook::loadCompiled(copy);
    std::filesystem::remove(copy);
    CHECK(reloaded.size() == fromSources.size());
    CHECK(reloaded.facts("person:vladimir-putin")->offices == fromSources.facts("person:vladimir-putin")->offices);
    CHECK_THROWS_AS(FactsBook::loadCompiled(sources / "no-such-file.tsv"), StoreError);
}

TEST_CASE("A party of the knowledge base has its kind, country and descriptions", "[kb][facts]") {
    const auto fiannaFail = compiledBook().facts("org:fianna-fail");
    REQUIRE(fiannaFail);
    CHECK(fiannaFail->name == "Fianna Fáil");
    CHECK(fiannaFail->kind == "party");
    CHECK(fiannaFail->country == "IE");
    CHECK_FALSE(fiannaFail->descriptionEn.empty());
    CHECK_FALSE(fiannaFail->descriptionIt.empty());

    const auto group = compiledBook().facts("org:gue-ngl");
    REQUIRE(group);
    CHECK(group->kind == "party");
    CHECK(group->country.empty());
}
