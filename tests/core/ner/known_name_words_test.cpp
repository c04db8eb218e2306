// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/ner/gazetteer.h"
#include "ner/gazetteer_image.h"
#include "ner/person_catalog.h"
#include "ner/tokenizer.h"
#include "recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;

TEST_CASE("A known name's words are the tokeniser's, by the shortcut or without it", "[ner][linking]") {
    for (const char* name : {"Vladimir Putin", "Nguyễn Phú Trọng", "Recep Tayyip Erdoğan", "Olaf Scholz×",
                             "Kim Jong Un", "Kim Jong-un", "Tô Lâm", "J. D. Vance", "Xi  Jinping", " Putin", "Putin ",
                             "Mohammed bin Salman", "O'Brien", "New START", ""}) {
        CAPTURE(name);
        CHECK(ner::knownNameWords(name) == ner::foldedNameWords(name));
    }
    const ner::GazetteerImage& image = test::sharedGazetteer()->image();
    REQUIRE(image.entryCount() > 1000);
    std::size_t differing = 0;
    for (std::uint32_t index = 0; index < image.entryCount(); ++index) {
        const std::string_view name = image.string(image.entry(index).name);
        differing += ner::knownNameWords(name) == ner::foldedNameWords(name) ? 0 : 1;
    }
    CHECK(differing == 0);
}
