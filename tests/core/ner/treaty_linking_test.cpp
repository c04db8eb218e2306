// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::entityWithMention;
using test::sharedGazetteer;

namespace {

Annotation annotateOn(std::string_view text, std::string_view date) {
    AnnotateOptions options;
    options.language = "it";
    options.published = PartialDate::parse(date);
    return Recognizer(sharedGazetteer()).annotate(text, options);
}

} // namespace

TEST_CASE("Descriptions of one treaty link to the knowledge-base treaty whose parties the text names",
          "[ner][treaty][linking]") {
    const std::string text = "A Pyongyang la Russia e la Corea del Nord hanno firmato un patto di difesa reciproca. "
                             "Secondo Mosca il trattato strategico rafforza la cooperazione con la Corea del Nord.";
    const auto annotation = annotateOn(text, "2024-06");
    const Entity* pact = entityWithMention(annotation, "patto di difesa reciproca");
    const Entity* treaty = entityWithMention(annotation, "trattato strategico");
    REQUIRE(pact != nullptr);
    REQUIRE(treaty != nullptr);
    CHECK(pact == treaty);
    CHECK(pact->id.rfind("treaty:", 0) == 0);
    CHECK(pact->name.find("North Korea") != std::string::npos);
}

TEST_CASE("A partnership is not taken for a treaty between the same parties", "[ner][treaty][linking]") {
    const std::string text = "Mosca rafforza il partenariato strategico con il Vietnam: Russia e Vietnam hanno "
                             "firmato accordi commerciali.";
    const auto annotation = annotateOn(text, "2024-06");
    const Entity* partnership = entityWithMention(annotation, "partenariato strategico");
    REQUIRE(partnership != nullptr);
    CHECK(partnership->id.find("vietnam") != std::string::npos);
    CHECK(partnership->id.find("partnership") != std::string::npos);
}

TEST_CASE("A bare reference means the treaty the text named with the same word", "[ner][treaty][linking]") {
    const auto annotation =
        annotateOn("Il Trattato di Lisbona è in vigore dal 2009. Il trattato ha riformato l'Unione.", "2023-12");
    const Entity* named = entityWithMention(annotation, "Trattato di Lisbona");
    REQUIRE(named != nullptr);
    CHECK(entityWithMention(annotation, "trattato") == named);
}

TEST_CASE("A bare reference means a treaty the text only described, once the description is linked",
          "[ner][treaty][linking]") {
    const std::string text = "A Pyongyang la Russia e la Corea del Nord hanno firmato un patto di difesa reciproca. "
                             "Secondo Mosca il trattato strategico rafforza la cooperazione con la Corea del Nord. "
                             "Gli Stati Uniti temono che il trattato cambi gli equilibri.";
    const auto annotation = annotateOn(text, "2024-06");
    const Entity* treaty = entityWithMention(annotation, "trattato strategico");
    REQUIRE(treaty != nullptr);
    CHECK(entityWithMention(annotation, "trattato") == treaty);
}

TEST_CASE("Treaty descriptions stay unlinked without parties, or when the treaty is later than the article",
          "[ner][treaty][linking]") {
    const auto vague =
        annotateOn("Il governo ha firmato un trattato di amicizia. Il trattato sarà ratificato.", "2024-06");
    const Entity* friendship = entityWithMention(vague, "trattato di amicizia");
    REQUIRE(friendship != nullptr);
    CHECK(friendship->id == "treaty:trattato-di-amicizia");

    const auto early =
        annotateOn("La Russia e la Corea del Nord negoziano un patto di difesa reciproca a Pyongyang.", "2019-01");
    const Entity* pact = entityWithMention(early, "patto di difesa reciproca");
    REQUIRE(pact != nullptr);
    CHECK(pact->id.find("comprehensive-strategic-partnership") == std::string::npos);
}

TEST_CASE("A bare reference means the treaty just named, whatever word named it", "[ner][treaty][linking]") {
    AnnotateOptions options;
    options.language = "en";
    const auto annotation = Recognizer(sharedGazetteer())
                                .annotate("Russia left the New START treaty, and Washington said the move broke the "
                                          "agreement. Later the Paris Agreement was discussed.",
                                          options);
    const Entity* newStart = entityWithMention(annotation, "New START");
    REQUIRE(newStart != nullptr);
    CHECK(entityWithMention(annotation, "agreement") == newStart);
}

TEST_CASE("A treaty word with what specifies it is not a reference back", "[ner][treaty][linking]") {
    const auto annotation = annotateOn("L'accordo di Parigi resta in vigore. Il governo ha poi firmato l'accordo "
                                       "di recesso e l'accordo sul grano.",
                                       "2023-12");
    const Entity* paris = entityWithMention(annotation, "accordo di Parigi");
    REQUIRE(paris != nullptr);
    const Entity* withdrawal = entityWithMention(annotation, "accordo di recesso");
    const Entity* grain = entityWithMention(annotation, "accordo sul grano");
    REQUIRE(withdrawal != nullptr);
    REQUIRE(grain != nullptr);
    CHECK(withdrawal != paris);
    CHECK(grain != paris);
    CHECK(grain != withdrawal);
}

TEST_CASE("A bare treaty word after an indefinite article links to no treaty of the knowledge base",
          "[ner][treaty][linking]") {
    const std::string text = "Nel 1994 Russia, Stati Uniti e Regno Unito firmarono il Memorandum di Budapest con "
                             "l'Ucraina. Oggi Kiev e Mosca dicono di essere vicine a un accordo.";
    const auto annotation = annotateOn(text, "2025-03");
    const Entity* memorandum = entityWithMention(annotation, "Memorandum di Budapest");
    const Entity* deal = entityWithMention(annotation, "accordo");
    REQUIRE(memorandum != nullptr);
    REQUIRE(deal != nullptr);
    CHECK(deal != memorandum);
    CHECK(deal->id.rfind("treaty:budapest", 0) != 0);
}
