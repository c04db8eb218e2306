// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <annalist/core/eval/conll_eval.h>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace annalist::core;

namespace {

Entity entity(EntityType type, std::initializer_list<std::pair<std::size_t, std::size_t>> spans) {
    Entity result;
    result.type = type;
    for (const auto& [start, end] : spans) {
        Mention mention;
        mention.span = Span{start, end};
        result.mentions.push_back(mention);
    }
    return result;
}

} // namespace

TEST_CASE("decodeChunks reads BIO (IOB2) phrases", "[eval][chunks]") {
    CHECK(decodeChunks({"B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG"}) ==
          std::vector<TokenChunk>{{0, 2, "PER"}, {3, 4, "LOC"}, {5, 8, "ORG"}});
    CHECK(decodeChunks({"O", "O"}).empty());
    CHECK(decodeChunks({}).empty());
}

TEST_CASE("decodeChunks splits adjacent phrases at every B-", "[eval][chunks]") {
    CHECK(decodeChunks({"B-LOC", "B-LOC", "I-LOC"}) == std::vector<TokenChunk>{{0, 1, "LOC"}, {1, 3, "LOC"}});
}

TEST_CASE("decodeChunks reads IOB1, where I- opens a phrase and B- only separates two of one type", "[eval][chunks]") {
    CHECK(decodeChunks({"I-PER", "I-PER", "B-PER", "O", "I-LOC"}) ==
          std::vector<TokenChunk>{{0, 2, "PER"}, {2, 3, "PER"}, {4, 5, "LOC"}});
}

TEST_CASE("decodeChunks starts a new phrase when the type changes inside I- tags", "[eval][chunks]") {
    CHECK(decodeChunks({"B-ORG", "I-ORG", "I-LOC", "I-LOC", "B-PER"}) ==
          std::vector<TokenChunk>{{0, 2, "ORG"}, {2, 4, "LOC"}, {4, 5, "PER"}});
}

TEST_CASE("conllType maps person, place and organization and nothing else", "[eval][chunks]") {
    CHECK(conllType(EntityType::Person) == "PER");
    CHECK(conllType(EntityType::Place) == "LOC");
    CHECK(conllType(EntityType::Organization) == "ORG");
    CHECK(conllType(EntityType::Treaty).empty());
    CHECK(conllType(EntityType::Date).empty());
}

TEST_CASE("predictedChunks maps mentions on token bounds and flags the others", "[eval][chunks]") {
    // "Il presidente Vladimir Putin è a Hanoi, dice l'Onu." with the tokens of a CoNLL file.
    const DetokenizedSentence sentence =
        detokenize({"Il", "presidente", "Vladimir", "Putin", "è", "a", "Hanoi", ",", "dice", "l'", "Onu", "."});
    REQUIRE(sentence.text == "Il presidente Vladimir Putin è a Hanoi, dice l'Onu.");
    Annotation annotation;
    annotation.entities.push_back(entity(EntityType::Person, {{14, 28}, {23, 28}}));
    annotation.entities.push_back(entity(EntityType::Place, {{33, 38}}));
    annotation.entities.push_back(entity(EntityType::Organization, {{45, 50}})); // "l'Onu" cuts no token: two
    annotation.entities.push_back(entity(EntityType::Organization, {{47, 49}})); // "On" cuts one
    annotation.entities.push_back(entity(EntityType::Treaty, {{3, 13}}));        // never scored
    const PredictedChunks predicted = predictedChunks(sentence, annotation);
    CHECK(predicted.aligned == std::vector<TokenChunk>{{2, 4, "PER"}, {3, 4, "PER"}, {6, 7, "LOC"}, {9, 11, "ORG"}});
    CHECK(predicted.misalignedTypes == std::vector<std::string>{"ORG"});
}
