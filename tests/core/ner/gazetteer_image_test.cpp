// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/error.h"
#include "annalist/core/ner/gazetteer.h"
#include "ner/gazetteer_image.h"
#include "ner/tokenizer.h"
#include "recognizer_fixture.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

using namespace annalist::core;

namespace {

std::filesystem::path tempFile(const char* stem) {
    std::random_device seed;
    return std::filesystem::temp_directory_path() / (std::string(stem) + "-" + std::to_string(seed()) + ".bin");
}

std::shared_ptr<Gazetteer> smallGazetteer() {
    auto gazetteer = std::make_shared<Gazetteer>();
    GazetteerEntry korea{EntityType::Place, "North Korea", "country:KP", "country", Origin::Gazetteer};
    korea.country = "KP";
    gazetteer->addName("Corea del Nord", korea);
    gazetteer->addName("North Korea", korea);
    GazetteerEntry nato{EntityType::Organization, "NATO", "org:nato", "alliance", Origin::KnowledgeBase};
    gazetteer->addName("Nato", nato);
    gazetteer->addFirstName("Jens");
    gazetteer->addWord("title", "presidente");
    return gazetteer;
}

} // namespace

TEST_CASE("Names are found whatever their case and accents, and aliases share one key", "[ner][gazetteer]") {
    const auto gazetteer = smallGazetteer();
    const auto italian = gazetteer->find("COREA DEL NORD");
    const auto english = gazetteer->find("north korea");
    REQUIRE(italian.size() == 1);
    REQUIRE(english.size() == 1);
    CHECK(italian.front().key == english.front().key);
    CHECK(italian.front().canonicalName == "North Korea");
    CHECK(italian.front().country == "KP");
    CHECK(gazetteer->find("Corea").empty());
    CHECK(gazetteer->maxNameTokens() == 3);
    CHECK(gazetteer->isFirstName("jens"));
    CHECK(gazetteer->inList("title", "presidente"));
    CHECK_FALSE(gazetteer->inList("title", "jens"));
    CHECK_THROWS_AS(gazetteer->addWord("no-such-list", "word"), StoreError);
}

TEST_CASE("A compiled gazetteer answers exactly as the one it was saved from", "[ner][gazetteer]") {
    const auto file = tempFile("annalist-gazetteer");
    smallGazetteer()->saveCompiled(file);
    const auto loaded = Gazetteer::openCompiled(file);
    CHECK(loaded->find("Corea del Nord").front().key == "country:KP");
    CHECK(loaded->find("NATO").front().type == EntityType::Organization);
    CHECK(loaded->isFirstName("jens"));
    CHECK(loaded->inList("title", "presidente"));
    CHECK(loaded->nameCount() == 3);
    std::filesystem::remove(file);
}

TEST_CASE("A foreign or truncated compiled gazetteer is refused with a clear error", "[ner][gazetteer]") {
    const auto foreign = tempFile("annalist-foreign");
    std::ofstream(foreign) << "this is not a gazetteer at all, just some text that is long enough to read";
    CHECK_THROWS_AS(Gazetteer::openCompiled(foreign), StoreError);
    std::filesystem::remove(foreign);

    const auto whole = tempFile("annalist-whole");
    smallGazetteer()->saveCompiled(whole);
    const auto size = std::filesystem::file_size(whole);
    std::filesystem::resize_file(whole, size / 2);
    CHECK_THROWS_AS(Gazetteer::openCompiled(whole), StoreError);
    std::filesystem::remove(whole);
    CHECK_THROWS_AS(Gazetteer::openCompiled(whole), StoreError);
}

TEST_CASE("A loaded gazetteer can still be extended", "[ner][gazetteer]") {
    const auto file = tempFile("annalist-extend");
    smallGazetteer()->saveCompiled(file);
    auto loaded = std::const_pointer_cast<Gazetteer>(Gazetteer::openCompiled(file));
    loaded->addName("Pyongyang", {EntityType::Place, "Pyongyang", "city:KP:pyongyang", "city", Origin::Gazetteer});
    CHECK(loaded->find("pyongyang").size() == 1);
    CHECK(loaded->find("Corea del Nord").size() == 1);
    std::filesystem::remove(file);
}

TEST_CASE("Looking up many words at once gives the ids of looking them up one by one", "[ner][gazetteer]") {
    const auto gazetteer = annalist::core::test::sharedGazetteer();
    const ner::GazetteerImage& image = gazetteer->image();
    std::ifstream in(ANNALIST_SEED_ARTICLE, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> folded;
    for (const ner::Token& token : ner::tokenize(text, "it").tokens) {
        folded.push_back(token.folded);
    }
    folded.insert(folded.end(), {"", "zzzz-not-a-word", "corea", "nord"});
    const std::vector<std::string_view> words(folded.begin(), folded.end());
    std::vector<std::uint32_t> ids(words.size());
    image.tokenIds(words, ids);
    std::size_t known = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        REQUIRE(ids[i] == image.tokenId(words[i]));
        known += ids[i] != ner::kNone ? 1 : 0;
    }
    CHECK(known > words.size() / 2);
    std::vector<std::uint32_t> none;
    image.tokenIds({}, none);
}

TEST_CASE("Word lookups never answer from another image or from before a change", "[ner][gazetteer]") {
    ner::GazetteerImage first;
    ner::GazetteerImage second;
    CHECK(first.tokenId("hanoi") == ner::kNone);
    const std::uint32_t firstId = first.internToken("hanoi");
    CHECK(first.tokenId("hanoi") == firstId);
    second.internToken("roma");
    const std::uint32_t secondId = second.internToken("hanoi");
    REQUIRE(secondId != firstId);
    for (int round = 0; round < 3; ++round) {
        CHECK(first.tokenId("hanoi") == firstId);
        CHECK(second.tokenId("hanoi") == secondId);
        CHECK(first.tokenId("roma") == ner::kNone);
    }
    const std::vector<std::string_view> words{"roma", "hanoi", "roma"};
    std::vector<std::uint32_t> ids(words.size());
    first.tokenIds(words, ids);
    CHECK(ids == std::vector<std::uint32_t>{ner::kNone, firstId, ner::kNone});
    const std::uint32_t romaId = first.internToken("roma");
    first.tokenIds(words, ids);
    CHECK(ids == std::vector<std::uint32_t>{romaId, firstId, romaId});
}
