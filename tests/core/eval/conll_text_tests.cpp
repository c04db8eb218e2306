// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <annalist/core/error.h>
#include <annalist/core/eval/conll_eval.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace annalist::core;

namespace {

std::vector<Span> spans(std::initializer_list<std::pair<std::size_t, std::size_t>> pairs) {
    std::vector<Span> result;
    for (const auto& [start, end] : pairs) {
        result.push_back(Span{start, end});
    }
    return result;
}

InputProblem problemOf(std::string_view text) {
    try {
        static_cast<void>(parseConll(text, "gold.conll"));
    } catch (const InputError& error) {
        return error.problem();
    }
    FAIL("no InputError for: " << text);
    return InputProblem::Malformed;
}

} // namespace

TEST_CASE("detokenize joins words with spaces and gives code point spans", "[eval][detokenize]") {
    const DetokenizedSentence sentence = detokenize({"La", "città", "di", "Mosca"});
    CHECK(sentence.text == "La città di Mosca");
    CHECK(sentence.tokens == spans({{0, 2}, {3, 8}, {9, 11}, {12, 17}}));
}

TEST_CASE("detokenize attaches closing punctuation to the word before", "[eval][detokenize]") {
    const DetokenizedSentence sentence = detokenize({"Sì", ",", "il", "12", "%", "…", "no", "?!", "fine", "..."});
    CHECK(sentence.text == "Sì, il 12%… no?! fine...");
    CHECK(sentence.tokens ==
          spans({{0, 2}, {2, 3}, {4, 6}, {7, 9}, {9, 10}, {10, 11}, {12, 14}, {14, 16}, {17, 21}, {21, 24}}));
}

TEST_CASE("detokenize attaches opening brackets and guillemets to the word after", "[eval][detokenize]") {
    const DetokenizedSentence sentence = detokenize({"a", "Bruxelles", "(", "Belgio", ")", "«", "mai", "»", ":", "ok"});
    CHECK(sentence.text == "a Bruxelles (Belgio) «mai»: ok");
    CHECK(sentence.tokens[3] == Span{13, 19});
    CHECK(sentence.tokens[6] == Span{22, 25});
    CHECK(sentence.tokens[9] == Span{28, 30});
}

TEST_CASE("detokenize joins a token ending in an apostrophe to the next one", "[eval][detokenize]") {
    const DetokenizedSentence sentence = detokenize({"dell'", "Occidente", "e", "l’", "Onu", "d'", "Italia"});
    CHECK(sentence.text == "dell'Occidente e l’Onu d'Italia");
    CHECK(sentence.tokens == spans({{0, 5}, {5, 14}, {15, 16}, {17, 19}, {19, 22}, {23, 25}, {25, 31}}));
}

TEST_CASE("detokenize keeps spaces around quotes, dashes and brackets of other kinds", "[eval][detokenize]") {
    CHECK(detokenize({"\"", "sì", "\"", "-", "no"}).text == "\" sì \" - no");
    CHECK(detokenize({}).text.empty());
    CHECK(detokenize({"Roma"}).tokens == spans({{0, 4}}));
}

TEST_CASE("parseConll reads the token and the last column, sentence by sentence", "[eval][reader]") {
    const std::string data = "-DOCSTART-\tO\n\nMario\tNNP\tB-PER\nRossi\tNNP\tI-PER\nparla\tVB\tO\n\n\n"
                             "A\tO\nRoma\tB-LOC\r\n   \nfine\tO\n";
    const std::vector<ConllSentence> sentences = parseConll(data, "gold.conll");
    REQUIRE(sentences.size() == 3);
    CHECK(sentences[0].tokens.size() == 3);
    CHECK(sentences[0].tokens[0].text == "Mario");
    CHECK(sentences[0].tokens[0].tag == "B-PER");
    CHECK(sentences[0].line == 3);
    CHECK(sentences[1].tokens[1].tag == "B-LOC");
    CHECK(sentences[2].tokens.front().text == "fine");
    CHECK(sentences[2].line == 11);
}

TEST_CASE("parseConll accepts space-separated columns and tokens with spaces between tabs", "[eval][reader]") {
    const std::vector<ConllSentence> spaced = parseConll("EU  NNP B-ORG\nrejects VBZ O\n", "gold.conll");
    REQUIRE(spaced.size() == 1);
    CHECK(spaced[0].tokens[0].text == "EU");
    CHECK(spaced[0].tokens[0].tag == "B-ORG");
    const std::vector<ConllSentence> tabbed = parseConll("New York\tB-LOC\n", "gold.conll");
    CHECK(tabbed[0].tokens[0].text == "New York");
}

TEST_CASE("parseConll refuses malformed lines, naming the line", "[eval][reader]") {
    CHECK(problemOf("Roma\tB-LOC\nsolo\n") == InputProblem::Malformed);
    CHECK(problemOf("Roma\tLOC\n") == InputProblem::Malformed);
    CHECK(problemOf("Roma\tB-\n") == InputProblem::Malformed);
    CHECK(problemOf("\tB-LOC\n") == InputProblem::Malformed);
    CHECK(problemOf("") == InputProblem::Empty);
    CHECK(problemOf("\n\n-DOCSTART- -X- O O\n\n") == InputProblem::Empty);
    CHECK_THROWS_WITH(parseConll("a\tO\n\nb\tO\nc\tX-PER\n", "gold.conll"),
                      Catch::Contains("gold.conll") && Catch::Contains("line 4"));
}

TEST_CASE("readConllFile names a missing file and refuses a directory", "[eval][reader]") {
    const std::filesystem::path dir = std::filesystem::temp_directory_path();
    CHECK_THROWS_AS(readConllFile(dir / "annalist-no-such-file.conll"), InputError);
    CHECK_THROWS_WITH(readConllFile(dir / "annalist-no-such-file.conll"), Catch::Contains("not found"));
    CHECK_THROWS_WITH(readConllFile(dir), Catch::Contains("is a directory"));
}

TEST_CASE("readConllFile reads a file written with a byte-order mark and CRLF", "[eval][reader]") {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "annalist-eval-bom.conll";
    {
        std::ofstream out(file, std::ios::binary);
        out << "\xEF\xBB\xBFParigi\tB-LOC\r\n\r\nFrancia\tB-LOC\r\n";
    }
    const std::vector<ConllSentence> sentences = readConllFile(file);
    std::filesystem::remove(file);
    REQUIRE(sentences.size() == 2);
    CHECK(sentences[0].tokens[0].text == "Parigi");
}
