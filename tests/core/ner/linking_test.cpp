// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/name_similarity.h"
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::entityWithMention;

TEST_CASE("A surname after the full name is the same person", "[ner][linking]") {
    const auto annotation = annotateText("Olaf Scholz ha parlato a lungo. Poi Scholz ha lasciato la sala.");
    const Entity* full = entityWithMention(annotation, "Olaf Scholz");
    REQUIRE(full != nullptr);
    CHECK(entityWithMention(annotation, "Scholz") == full);
    CHECK(full->type == EntityType::Person);
    CHECK(full->name == "Olaf Scholz");
}

TEST_CASE("A near-miss spelling joins the more frequent person", "[ner][linking]") {
    const auto annotation =
        annotateText("Angela Merkel ha votato. Angela Merkel ha vinto. Ieri Angela Merkle ha parlato ancora.");
    const Entity* merkel = entityWithMention(annotation, "Angela Merkel");
    REQUIRE(merkel != nullptr);
    CHECK(entityWithMention(annotation, "Angela Merkle") == merkel);
    CHECK(merkel->name == "Angela Merkel");
}

TEST_CASE("Names that differ by more than a typo stay apart", "[ner][linking]") {
    CHECK(ner::isNearMissName({"vladimir", "putin"}, {"vladimir", "purin"}));
    CHECK_FALSE(ner::isNearMissName({"ivan", "petrov"}, {"ivan", "petrova"}));
    CHECK_FALSE(ner::isNearMissName({"anna", "rossi"}, {"anna", "rosso"}) == false);
    CHECK_FALSE(ner::isNearMissName({"marco", "rossi"}, {"mario", "rosso"}));
    CHECK_FALSE(ner::isNearMissName({"kim", "lee"}, {"kim", "lea"}));
    CHECK(ner::editDistance("kiev", "kyiv") == 2);
    CHECK(ner::editDistance("città", "citta") == 1);
}

TEST_CASE("A surname shared by two people links to neither", "[ner][linking]") {
    const auto annotation = annotateText("Hillary Clinton e Bill Clinton sono arrivati. Clinton ha parlato.");
    const Entity* hillary = entityWithMention(annotation, "Hillary Clinton");
    const Entity* bill = entityWithMention(annotation, "Bill Clinton");
    const Entity* clinton = entityWithMention(annotation, "Clinton");
    REQUIRE(hillary != nullptr);
    REQUIRE(bill != nullptr);
    CHECK(hillary != bill);
    CHECK(clinton != hillary);
    CHECK(clinton != bill);
}

TEST_CASE("Quotes are found and attributed through a speech verb", "[ner][quotes]") {
    const std::string text = "\u201CLa pace è vicina\u201D, ha dichiarato Pedro S\u00E1nchez. "
                             "Nessuno ha commentato \u00ABquella frase\u00BB.";
    const auto annotation = annotateText(text);
    REQUIRE(annotation.quotes.size() == 2);
    CHECK(annotation.quotes[0].span.start == 1);
    CHECK(annotation.quotes[0].span.end == 17);
    const Entity* sanchez = entityWithMention(annotation, "Pedro S\u00E1nchez");
    REQUIRE(sanchez != nullptr);
    REQUIRE(annotation.quotes[0].speaker.has_value());
    CHECK(*annotation.quotes[0].speaker == sanchez->id);
    CHECK_FALSE(annotation.quotes[1].speaker.has_value());
}

TEST_CASE("A quotation is attributed through \"secondo\" and not to a person of another sentence", "[ner][quotes]") {
    const std::string text = "Mario Draghi era a Roma. \u00ABLa crescita rallenta\u00BB, secondo Christine Lagarde.";
    const auto annotation = annotateText(text);
    REQUIRE(annotation.quotes.size() == 1);
    const Entity* lagarde = entityWithMention(annotation, "Christine Lagarde");
    REQUIRE(lagarde != nullptr);
    REQUIRE(annotation.quotes[0].speaker.has_value());
    CHECK(*annotation.quotes[0].speaker == lagarde->id);
}

TEST_CASE("A misspelt name of a known person links to that person", "[ner][linking]") {
    const auto annotation = annotateText("Ieri Emmanuel Macrom ha incontrato i giornalisti a Parigi.");
    const Entity* person = entityWithMention(annotation, "Emmanuel Macrom");
    REQUIRE(person != nullptr);
    CHECK(person->id == "person:emmanuel-macron");
    CHECK(person->name == "Emmanuel Macron");
    const auto stranger = annotateText("Ieri Emmanuel Dupont ha incontrato i giornalisti.");
    const Entity* other = entityWithMention(stranger, "Emmanuel Dupont");
    REQUIRE(other != nullptr);
    CHECK(other->id != "person:emmanuel-macron");
}

TEST_CASE("A quotation whose speech verb has no subject of its own is the last named person's", "[ner][quotes]") {
    const std::string text =
        "Ieri a Bari \u00E8 arrivato Pedro S\u00E1nchez. \u00ABLa pace \u00E8 vicina\u00BB, ha detto. "
        "Nessuno ha commentato \u00ABquella frase\u00BB.";
    const auto annotation = annotateText(text);
    REQUIRE(annotation.quotes.size() == 2);
    const Entity* sanchez = entityWithMention(annotation, "Pedro S\u00E1nchez");
    REQUIRE(sanchez != nullptr);
    REQUIRE(annotation.quotes[0].speaker.has_value());
    CHECK(*annotation.quotes[0].speaker == sanchez->id);
    CHECK_FALSE(annotation.quotes[1].speaker.has_value());

    const auto english = annotateText("Olaf Scholz arrived on Thursday. \u201CWe will stay,\u201D he said.", "en");
    REQUIRE(english.quotes.size() == 1);
    const Entity* scholz = entityWithMention(english, "Olaf Scholz");
    REQUIRE(scholz != nullptr);
    REQUIRE(english.quotes[0].speaker.has_value());
    CHECK(*english.quotes[0].speaker == scholz->id);
}

TEST_CASE("A surname links to a full name the text types only by default", "[ner][linking]") {
    const auto annotation = annotateText("Chief Minister Raghavendra Mhatre toured the flooded district on Sunday. "
                                         "\u201CNo family will be left behind,\u201D Mhatre told reporters.",
                                         "en");
    const Entity* full = entityWithMention(annotation, "Raghavendra Mhatre");
    REQUIRE(full != nullptr);
    CHECK(full->type == EntityType::Person);
    CHECK(entityWithMention(annotation, "Mhatre") == full);
}

TEST_CASE("A surname of two words links to the full name it ends", "[ner][linking]") {
    const auto annotation = annotateText("Il consigliere Gualtiero Di Stasio ha presentato l'esposto martedì. "
                                         "Secondo Di Stasio la gara era truccata.",
                                         "it");
    const Entity* full = entityWithMention(annotation, "Gualtiero Di Stasio");
    REQUIRE(full != nullptr);
    CHECK(entityWithMention(annotation, "Di Stasio") == full);
}
