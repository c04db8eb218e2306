// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

namespace {

bool anyHolds(const std::vector<std::string>& names, std::string_view word) {
    return std::any_of(names.begin(), names.end(),
                       [&](const std::string& name) { return name.find(word) != std::string::npos; });
}

} // namespace

TEST_CASE("An ordinary word after initials and a full stop opens a sentence", "[ner][en]") {
    const auto agency = annotateText("The probe was built by the N.R.S.A. Scientists hope it will reach Mars.", "en");
    for (const EntityType type : {EntityType::Organization, EntityType::Person, EntityType::Place}) {
        CHECK_FALSE(anyHolds(surfacesOfType(agency, type), "Scientists"));
    }
    const auto group = annotateText("The draw put Italy in Group B. Officials said the venue was ready.", "en");
    for (const EntityType type : {EntityType::Organization, EntityType::Person, EntityType::Place}) {
        CHECK_FALSE(anyHolds(surfacesOfType(group, type), "Officials"));
    }
}

TEST_CASE("A name goes on after initials", "[ner][person][en]") {
    const auto writers =
        annotateText("Readers still love the novels of J.R.R. Tolkien, H.G. Wells and Iain M. Banks.", "en");
    std::vector<std::string> names;
    for (const EntityType type : {EntityType::Organization, EntityType::Person, EntityType::Place}) {
        const auto surfaces = surfacesOfType(writers, type);
        names.insert(names.end(), surfaces.begin(), surfaces.end());
    }
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"H.G. Wells", "Iain M. Banks", "J.R.R. Tolkien"});
}
