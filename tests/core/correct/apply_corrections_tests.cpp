// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "correct/correction_fixture.h"

#include "annalist/core/correct/apply_corrections.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using namespace annalist::core::test;

TEST_CASE("A type change moves the entity to the new type and marks its mentions as the reader's", "[correct]") {
    Correction c = onMention(CorrectionKind::ChangeType, "Cremlino");
    c.newType = EntityType::Organization;

    const Annotation corrected = applyCorrections(recognised(), kText, {c});

    const Entity* kremlin = entityMentioning(corrected, "Cremlino");
    REQUIRE(kremlin != nullptr);
    CHECK(kremlin->type == EntityType::Organization);
    CHECK(kremlin->name == "Cremlino");
    CHECK(kremlin->id == "organization:cremlino");
    CHECK(kremlin->mentions.at(0).origin == Origin::User);
    CHECK(kremlin->mentions.at(0).confidence == 1.0);
    CHECK(findEntity(corrected, "place:cremlino") == nullptr);
    CHECK(corrected.entities.size() == recognised().entities.size());
}

TEST_CASE("Removing a false mention drops it, its empty entity and the quotes' link to it", "[correct]") {
    SECTION("one mention") {
        const Annotation corrected =
            applyCorrections(recognised(), kText, {onMention(CorrectionKind::Remove, "Purin")});
        CHECK(entityMentioning(corrected, "Purin") == nullptr);
        CHECK(corrected.entities.size() == recognised().entities.size() - 1);
    }
    SECTION("a whole entity, which speaks a quote") {
        Correction c;
        c.kind = CorrectionKind::Remove;
        c.articleId = 1;
        c.entityKey = "person:vladimir-putin";
        c.surface = "Vladimir Putin";
        const Annotation corrected = applyCorrections(recognised(), kText, {c});
        CHECK(findEntity(corrected, "person:vladimir-putin") == nullptr);
        REQUIRE(corrected.quotes.size() == 1);
        CHECK_FALSE(corrected.quotes[0].speaker.has_value());
    }
}

TEST_CASE("A mention added from a selection is the reader's and wins over what it overlaps", "[correct]") {
    SECTION("a missed place") {
        Correction c = onMention(CorrectionKind::Add, "Mosca");
        c.newType = EntityType::Place;
        const Annotation corrected = applyCorrections(recognised(), kText, {c});
        const Entity* moscow = entityMentioning(corrected, "Mosca");
        REQUIRE(moscow != nullptr);
        CHECK(moscow->type == EntityType::Place);
        CHECK(moscow->name == "Mosca");
        REQUIRE(moscow->mentions.size() == 1);
        CHECK(moscow->mentions[0].span == spanIn(kText, "Mosca"));
        CHECK(moscow->mentions[0].origin == Origin::User);
        CHECK(moscow->mentions[0].sentence == 2);
        // Entities stay in order of first mention: Mosca is the last word of the text.
        CHECK(corrected.entities.back().id == moscow->id);
    }
    SECTION("a longer span replaces the shorter mentions inside it") {
        Correction c = onMention(CorrectionKind::Add, "Tô Lâm. «Un giorno storico», ha detto Putin");
        c.newType = EntityType::Treaty;
        const Annotation corrected = applyCorrections(recognised(), kText, {c});
        CHECK(entityMentioning(corrected, "Tô Lâm") == nullptr);
        // The Putin mention inside the span is gone, the one outside it stays.
        const Entity* putin = findEntity(corrected, "person:vladimir-putin");
        REQUIRE(putin != nullptr);
        CHECK(putin->mentions.size() == 1);
    }
}

TEST_CASE("Linking Purin to Putin puts the misspelt mention into Putin's entity", "[correct]") {
    Correction c = onMention(CorrectionKind::Link, "Purin");
    c.newEntityKey = "person:vladimir-putin";
    c.newType = EntityType::Person;
    c.newName = "Vladimir Putin";

    const Annotation corrected = applyCorrections(recognised(), kText, {c});

    CHECK(findEntity(corrected, "person:purin") == nullptr);
    const Entity* putin = findEntity(corrected, "person:vladimir-putin");
    REQUIRE(putin != nullptr);
    REQUIRE(putin->mentions.size() == 3);
    // In text order: Vladimir Putin, Purin, Putin.
    CHECK(putin->mentions[1].text == "Purin");
    CHECK(putin->mentions[1].origin == Origin::User);
    CHECK(putin->description == "President of Russia");

    SECTION("to an entity the text does not name, which takes the correction's name and type") {
        Correction elsewhere = c;
        elsewhere.newEntityKey = "person:someone-else";
        elsewhere.newName = "Someone Else";
        const Annotation linked = applyCorrections(recognised(), kText, {elsewhere});
        const Entity* other = entityMentioning(linked, "Purin");
        REQUIRE(other != nullptr);
        CHECK(other->id == "person:someone-else");
        CHECK(other->name == "Someone Else");
    }
}

TEST_CASE("Renaming an entity keeps its mentions and type, and its quotes follow it", "[correct]") {
    Correction c = onMention(CorrectionKind::Rename, "Putin", 1);
    c.newName = "Vladimir Vladimirovič Putin";

    const Annotation corrected = applyCorrections(recognised(), kText, {c});

    const Entity* putin = entityMentioning(corrected, "Putin");
    REQUIRE(putin != nullptr);
    CHECK(putin->name == "Vladimir Vladimirovič Putin");
    CHECK(putin->type == EntityType::Person);
    CHECK(putin->description == "President of Russia");
    CHECK(putin->mentions.size() == 2);
    CHECK(putin->id != "person:vladimir-putin");
    REQUIRE(corrected.quotes.size() == 1);
    CHECK(corrected.quotes[0].speaker == putin->id);
}

TEST_CASE("Scope: one article's correction touches one entity, a library-wide one every mention of the words",
          "[correct][scope]") {
    // Two entities share the surface "Putin": the recogniser kept them apart.
    Annotation split = recognised();
    split.entities[0].mentions = {Mention{spanIn(kText, "Putin"), "Putin", 0, Origin::Rule, 0.5}};
    split.entities.push_back(
        Entity{"person:putin", EntityType::Person, "Putin", "", {Mention{spanIn(kText, "Putin", 1), "Putin", 2}}});

    Correction article = onMention(CorrectionKind::Remove, "Putin", 1);
    const Annotation one = applyCorrections(split, kText, {article});
    CHECK(findEntity(one, "person:putin") == nullptr);
    CHECK(findEntity(one, "person:vladimir-putin") != nullptr);

    Correction library = article;
    library.scope = CorrectionScope::Library;
    library.articleId = 0;
    const Annotation all = applyCorrections(split, kText, {library});
    CHECK(entityMentioning(all, "Putin") == nullptr);

    SECTION("a library-wide addition marks every whole-word occurrence, never a piece of a word") {
        const std::string text = "Mosca e Moscatello: a Mosca fa freddo.";
        Correction add;
        add.kind = CorrectionKind::Add;
        add.scope = CorrectionScope::Library;
        add.surface = "Mosca";
        add.newType = EntityType::Place;
        Annotation empty;
        empty.sentences = {Span{0, codePointCount(text)}};
        const Annotation added = applyCorrections(empty, text, {add});
        REQUIRE(added.entities.size() == 1);
        REQUIRE(added.entities[0].mentions.size() == 2);
        CHECK(added.entities[0].mentions[0].span == spanIn(text, "Mosca"));
        CHECK(added.entities[0].mentions[1].span == spanIn(text, "Mosca", 2));
    }
}

TEST_CASE("Corrections re-anchor when the text around them moves, and are skipped when their words are gone",
          "[correct][anchor]") {
    Correction remove = onMention(CorrectionKind::Remove, "Purin");
    Correction add = onMention(CorrectionKind::Add, "Mosca");
    add.newType = EntityType::Place;

    // The article gained a sentence at the start: every span moved right.
    const std::string prefix = "Aggiornamento delle 18:00. ";
    const std::string moved = prefix + kText;
    Annotation shifted = recognised();
    const std::size_t shift = codePointCount(prefix);
    for (Entity& entity : shifted.entities) {
        for (Mention& mention : entity.mentions) {
            mention.span = Span{mention.span.start + shift, mention.span.end + shift};
        }
    }
    shifted.sentences.insert(shifted.sentences.begin(), Span{0, shift});
    for (std::size_t i = 1; i < shifted.sentences.size(); ++i) {
        shifted.sentences[i] = Span{shifted.sentences[i].start + shift, shifted.sentences[i].end + shift};
    }

    const Annotation corrected = applyCorrections(shifted, moved, {remove, add});
    CHECK(entityMentioning(corrected, "Purin") == nullptr);
    const Entity* moscow = entityMentioning(corrected, "Mosca");
    REQUIRE(moscow != nullptr);
    CHECK(moscow->mentions[0].span == spanIn(moved, "Mosca"));
    CHECK(moscow->mentions[0].sentence == 3);

    const std::string rewritten = "Il presidente Vladimir Putin è arrivato a Hà Nội.";
    Annotation shorter = recognised();
    shorter.entities.resize(2);
    const Annotation untouched = applyCorrections(shorter, rewritten, {remove, add});
    CHECK(untouched.entities.size() == 2);
    CHECK(entityMentioning(untouched, "Mosca") == nullptr);
}

TEST_CASE("Corrections replay in order, and an incomplete one changes nothing", "[correct]") {
    Correction retype = onMention(CorrectionKind::ChangeType, "Cremlino");
    retype.newType = EntityType::Organization;
    Correction rename = onMention(CorrectionKind::Rename, "Cremlino");
    rename.newName = "Kremlin";
    Correction back = retype;
    back.newType = EntityType::Place;
    Correction incomplete = onMention(CorrectionKind::Link, "Tô Lâm");

    const Annotation corrected = applyCorrections(recognised(), kText, {retype, rename, back, incomplete});
    const Entity* kremlin = entityMentioning(corrected, "Cremlino");
    REQUIRE(kremlin != nullptr);
    CHECK(kremlin->type == EntityType::Place);
    CHECK(kremlin->name == "Kremlin");
    CHECK(entityMentioning(corrected, "Tô Lâm")->id == "person:to-lam");
    CHECK_FALSE(incomplete.problem().empty());
    CHECK(retype.problem().empty());
}
