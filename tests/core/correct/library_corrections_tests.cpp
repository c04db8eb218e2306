// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "correct/correction_fixture.h"
#include "store/store_test_support.h"

#include "annalist/core/correct/corrector.h"
#include "annalist/core/error.h"
#include "annalist/core/ner/gazetteer.h"
#include "annalist/core/pipeline.h"
#include "annalist/core/store/library.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using namespace annalist::core::test;

namespace {

const Pipeline& pipeline() {
    static const Pipeline shared(Gazetteer::load(ANNALIST_RESOURCE_DIR, {"it", "en"}));
    return shared;
}

Article articleOf(std::string title, std::string body) {
    Article article;
    article.title = title;
    article.language = "it";
    article.blocks = {{BlockKind::Title, std::move(title)}, {BlockKind::Paragraph, std::move(body)}};
    return article;
}

const std::string kPurinText = "Il presidente russo Vladimir Putin è arrivato a Pyongyang. Secondo il Cremlino, il "
                               "presidente Purin ha firmato il patto con Kim Jong-un.";

ArticleId importAnnotated(Library& library, const Article& article) {
    const AnnotatedArticle annotated = pipeline().annotate(article);
    return library.importArticle(annotated.article, annotated.annotation).id;
}

/// A correction made on the `nth` mention with text `surface` of a stored article.
Correction onStored(const StoredArticle& stored, CorrectionKind kind, std::string_view surface, std::size_t nth = 0) {
    Correction c;
    c.kind = kind;
    c.articleId = stored.id;
    c.span = spanIn(stored.article.text(), surface, nth);
    c.surface = std::string(surface);
    return c;
}

Correction linkToPutin(const StoredArticle& stored) {
    Correction link = onStored(stored, CorrectionKind::Link, "Purin");
    link.newEntityKey = "person:vladimir-putin";
    link.newType = EntityType::Person;
    link.newName = "Vladimir Putin";
    return link;
}

} // namespace

TEST_CASE("Corrections are stored with every field, listed per article and deleted with their article",
          "[correct][store]") {
    const TempFolder folder;
    Library library(folder.libraryFile());
    const ArticleId first = importAnnotated(library, articleOf("Primo", kPurinText));
    const ArticleId second = importAnnotated(library, articleOf("Secondo", "Purin e Putin a Mosca."));

    Correction link = linkToPutin(*library.load(first));
    const CorrectionId linkId = library.addCorrection(link);
    Correction wide;
    wide.kind = CorrectionKind::Add;
    wide.scope = CorrectionScope::Library;
    wide.surface = "Mosca";
    wide.newType = EntityType::Place;
    const CorrectionId wideId = library.addCorrection(wide);

    const auto ofFirst = library.corrections(first);
    REQUIRE(ofFirst.size() == 2);
    CHECK(ofFirst[0].id == linkId);
    CHECK(ofFirst[0].kind == CorrectionKind::Link);
    CHECK(ofFirst[0].scope == CorrectionScope::Article);
    CHECK(ofFirst[0].articleId == first);
    CHECK(ofFirst[0].span == link.span);
    CHECK(ofFirst[0].surface == "Purin");
    CHECK(ofFirst[0].newEntityKey == "person:vladimir-putin");
    CHECK(ofFirst[0].newName == "Vladimir Putin");
    CHECK(ofFirst[0].newType == EntityType::Person);
    CHECK(ofFirst[1].id == wideId);
    CHECK(ofFirst[1].scope == CorrectionScope::Library);
    REQUIRE(library.corrections(second).size() == 1);

    // Incomplete corrections and corrections of unknown articles are refused.
    Correction incomplete = link;
    incomplete.newEntityKey.clear();
    CHECK_THROWS_AS(library.addCorrection(incomplete), StoreError);
    Correction orphan = link;
    orphan.articleId = second + 100;
    CHECK_THROWS_AS(library.addCorrection(orphan), StoreError);

    REQUIRE(library.remove(first));
    CHECK(library.corrections(first).size() == 1);
    CHECK(library.removeCorrection(linkId) == std::nullopt);
    CHECK(library.removeCorrection(wideId)->surface == "Mosca");
    CHECK(library.corrections(second).empty());
}

TEST_CASE("Re-annotation keeps an article's corrections; library-wide ones reach other and future articles",
          "[correct][store]") {
    const TempFolder folder;
    Library library(folder.libraryFile());
    Corrector corrector(pipeline(), library);
    const ArticleId id = importAnnotated(library, articleOf("Vertice a Pyongyang", kPurinText));
    const ArticleId other = importAnnotated(library, articleOf("Altro", "Il presidente Purin ha parlato a Mosca."));
    REQUIRE(entityMentioning(library.load(id)->annotation, "Purin")->id == "person:purin");

    corrector.add(linkToPutin(*library.load(id)));
    Correction moscow;
    moscow.kind = CorrectionKind::Add;
    moscow.scope = CorrectionScope::Library;
    moscow.surface = "Mosca";
    moscow.newType = EntityType::Place;
    moscow.newEntityKey = "city:RU:moscow";
    moscow.newName = "Moscow";
    corrector.add(moscow);

    const auto check = [&](const char* when) {
        INFO(when);
        const Annotation stored = library.load(id)->annotation;
        const Entity* purin = entityMentioning(stored, "Purin");
        REQUIRE(purin != nullptr);
        CHECK(purin->id == "person:vladimir-putin");
        CHECK(purin->mentions.size() == 2);
        // The article-scope link stays in its article; the library-wide place reaches the other one.
        const Annotation elsewhere = library.load(other)->annotation;
        CHECK(entityMentioning(elsewhere, "Purin")->id != "person:vladimir-putin");
        CHECK(entityMentioning(elsewhere, "Mosca")->id == "city:RU:moscow");
    };
    check("after the corrections");
    corrector.reannotate(id);
    corrector.reannotate(other);
    check("after re-annotation");
    // A plain replaceAnnotation with what the recogniser finds replays the corrections too.
    library.replaceAnnotation(id, pipeline().annotate(library.load(id)->article).annotation);
    check("after replaceAnnotation");

    const ArticleId future = importAnnotated(library, articleOf("Futuro", "Da Mosca, nessun commento."));
    const Entity* place = entityMentioning(library.load(future)->annotation, "Mosca");
    REQUIRE(place != nullptr);
    CHECK(place->type == EntityType::Place);
    CHECK(place->mentions[0].origin == Origin::User);
}

TEST_CASE("Withdrawing a correction restores what the recogniser found; corrections outlive the library's closing",
          "[correct][store]") {
    const TempFolder folder;
    ArticleId id = 0;
    CorrectionId rename = 0;
    {
        Library library(folder.libraryFile());
        Corrector corrector(pipeline(), library);
        id = importAnnotated(library, articleOf("Vertice", kPurinText));
        const StoredArticle stored = *library.load(id);
        Correction retype = onStored(stored, CorrectionKind::ChangeType, "Cremlino");
        retype.newType = EntityType::Place;
        corrector.add(retype);
        Correction named = onStored(stored, CorrectionKind::Rename, "Kim Jong-un");
        named.newName = "Kim Jong Un";
        rename = corrector.add(named).id;
        Correction remove = onStored(stored, CorrectionKind::Remove, "patto");
        corrector.add(remove);
    }
    Library library(folder.libraryFile());
    Corrector corrector(pipeline(), library);
    Annotation stored = library.load(id)->annotation;
    CHECK(entityMentioning(stored, "Cremlino")->type == EntityType::Place);
    CHECK(entityMentioning(stored, "Kim Jong-un")->name == "Kim Jong Un");
    CHECK(entityMentioning(stored, "patto") == nullptr);

    const auto withdrawn = corrector.remove(rename);
    REQUIRE(withdrawn);
    CHECK(withdrawn->newName == "Kim Jong Un");
    stored = library.load(id)->annotation;
    CHECK(entityMentioning(stored, "Kim Jong-un")->name == "Kim Jong-un");
    CHECK(entityMentioning(stored, "Kim Jong-un")->id == "person:kim-jong-un");
    CHECK(entityMentioning(stored, "Cremlino")->type == EntityType::Place);
    CHECK(library.corrections(id).size() == 2);
    CHECK_FALSE(corrector.remove(rename));
}
