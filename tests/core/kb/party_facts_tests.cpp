// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/kb/entity_facts.h"

#include <catch2/catch.hpp>

using namespace annalist::core;

namespace {

const FactsBook& compiledBook() {
    static const FactsBook book = FactsBook::load(ANNALIST_RESOURCE_DIR);
    return book;
}

} // namespace

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
