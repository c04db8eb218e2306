// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

#include <string>

using namespace annalist::core;
using test::annotateText;
using test::entityWithMention;

namespace {

/// The id of the entity a mention belongs to, or "" when the surface is no mention.
std::string idOf(const Annotation& annotation, std::string_view surface) {
    const Entity* entity = entityWithMention(annotation, surface);
    return entity == nullptr ? std::string() : entity->id;
}

/// True when the surface is a mention of an organisation.
bool isOrganisation(const Annotation& annotation, std::string_view surface) {
    const Entity* entity = entityWithMention(annotation, surface);
    return entity != nullptr && entity->type == EntityType::Organization;
}

} // namespace

TEST_CASE("Parties of other democracies are known organisations in English news", "[ner][kb]") {
    const auto annotation = annotateText("Fianna Fáil and Fine Gael will govern together again, and Syriza lost "
                                         "half its members. In Lisbon, Chega overtook the socialists, while "
                                         "Komeito left the coalition in Tokyo.",
                                         "en");
    for (const char* party : {"Fianna Fáil", "Fine Gael", "Syriza", "Chega", "Komeito"}) {
        INFO(party);
        CHECK(isOrganisation(annotation, party));
    }
    CHECK(idOf(annotation, "Fianna Fáil") == "org:fianna-fail");
    CHECK(idOf(annotation, "Chega") == "org:chega");
}

TEST_CASE("A party name shared by several countries links to the country it names", "[ner][kb]") {
    const auto annotation = annotateText("The New Zealand Labour Party lost to the New Zealand National Party, "
                                         "and the Australian Labor Party kept its majority. The Labour Party in "
                                         "London watched closely.",
                                         "en");
    CHECK(idOf(annotation, "New Zealand Labour Party") == "org:new-zealand-labour-party");
    CHECK(idOf(annotation, "New Zealand National Party") == "org:new-zealand-national-party");
    CHECK(idOf(annotation, "Australian Labor Party") == "org:australian-labor-party");
    CHECK(idOf(annotation, "Labour Party") == "org:labour-party-uk");
}

TEST_CASE("Acronyms of parties that news uses for nothing else are linked", "[ner][kb]") {
    const auto annotation = annotateText("The FPÖ came first, ahead of the ÖVP and the SPÖ. In Ankara the CHP "
                                         "called a rally and the MHP stayed away. The PVV and the VVD fell out.",
                                         "en");
    CHECK(idOf(annotation, "FPÖ") == "org:fpo");
    CHECK(idOf(annotation, "ÖVP") == "org:ovp");
    CHECK(idOf(annotation, "SPÖ") == "org:spo");
    CHECK(idOf(annotation, "CHP") == "org:chp");
    CHECK(idOf(annotation, "MHP") == "org:mhp");
    CHECK(idOf(annotation, "PVV") == "org:pvv");
    CHECK(idOf(annotation, "VVD") == "org:vvd");
}

TEST_CASE("Italian news names foreign parties in Italian", "[ner][kb]") {
    const auto annotation = annotateText("Il Partito liberaldemocratico giapponese ha scelto un nuovo leader. "
                                         "Ad Atene Nuova Democrazia resta in testa, mentre in Georgia il partito "
                                         "Sogno georgiano ha vinto ancora. Il Kuomintang e lo Shas hanno votato "
                                         "contro.");
    CHECK(idOf(annotation, "Partito liberaldemocratico giapponese") == "org:liberal-democratic-party-japan");
    CHECK(idOf(annotation, "Nuova Democrazia") == "org:new-democracy-greece");
    CHECK(idOf(annotation, "Sogno georgiano") == "org:georgian-dream");
    CHECK(idOf(annotation, "Kuomintang") == "org:kuomintang");
    CHECK(idOf(annotation, "Shas") == "org:shas");
}

TEST_CASE("Ordinary words stay words beside the parties of the knowledge base", "[ner][kb]") {
    const auto annotation = annotateText("Move forward with the plan, the coach said. The club bought a new "
                                         "modem for the press room.",
                                         "en");
    for (const Entity& entity : annotation.entities) {
        INFO(entity.id);
        CHECK(entity.type != EntityType::Organization);
    }
}
