// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/document/article_reader.h"
#include "annalist/core/error.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

using namespace annalist::core;
namespace fs = std::filesystem;

namespace {

/// A fresh directory under the system temp directory, removed with everything in it.
class TempDir {
public:
    TempDir() {
        std::random_device random;
        m_path = fs::temp_directory_path() /
                 ("annalist-reader-tests-" + std::to_string(random()) + "-" + std::to_string(random()));
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const fs::path& path() const { return m_path; }

    fs::path write(const std::string& name, const std::string& content) const {
        const fs::path file = m_path / name;
        std::ofstream(file, std::ios::binary) << content;
        return file;
    }

private:
    fs::path m_path;
};

fs::path fixture(const std::string& name) {
    return fs::path(ANNALIST_TEST_DATA_DIR) / name;
}

InputProblem problemReading(const fs::path& path, const ReadOptions& options = {}) {
    try {
        (void)readArticleFile(path, options);
    } catch (const InputError& error) {
        CHECK(error.inputName() == path.string());
        CHECK(std::string(error.what()).rfind(path.string() + ": ", 0) == 0);
        return error.problem();
    }
    FAIL("the file was accepted");
    return InputProblem::Malformed;
}

} // namespace

TEST_CASE("A missing file is reported as not found", "[document][reader]") {
    const TempDir dir;
    CHECK(problemReading(dir.path() / "nope.txt") == InputProblem::NotFound);
}

TEST_CASE("A directory is reported as unreadable", "[document][reader]") {
    const TempDir dir;
    CHECK(problemReading(dir.path()) == InputProblem::Unreadable);
}

TEST_CASE("A 50 MB file is refused as too large before it is read", "[document][reader]") {
    const TempDir dir;
    const fs::path big = dir.write("big.txt", "Titolo\n\nTesto.\n");
    fs::resize_file(big, 50U * 1024U * 1024U);
    REQUIRE(fs::file_size(big) == 50U * 1024U * 1024U);
    CHECK(problemReading(big) == InputProblem::TooLarge);
}

TEST_CASE("The size limit is configurable", "[document][reader]") {
    const TempDir dir;
    const fs::path file = dir.write("small.txt", "Titolo\n\nUn testo di qualche decina di byte.\n");
    ReadOptions options;
    options.maxBytes = 16;
    CHECK(problemReading(file, options) == InputProblem::TooLarge);
    options.maxBytes = 1024;
    CHECK(readArticleFile(file, options).title == "Titolo");
    CHECK_THROWS_AS(readArticleBytes(std::string(100, 'a'), "x.txt", {ArticleFormat::Auto, 99}), InputError);
}

TEST_CASE("Bad input fixtures are refused with the right problem", "[document][reader]") {
    CHECK(problemReading(fixture("empty.txt")) == InputProblem::Empty);
    CHECK(problemReading(fixture("whitespace.txt")) == InputProblem::Empty);
    CHECK(problemReading(fixture("binary.bin")) == InputProblem::Binary);
    CHECK(problemReading(fixture("invalid-utf8.txt")) == InputProblem::InvalidEncoding);
}

TEST_CASE("A file with only a header has no text", "[document][reader]") {
    const TempDir dir;
    CHECK(problemReading(dir.write("header.txt", "date 2024-06\ntitle: Solo titolo\n")) == InputProblem::Empty);
}

TEST_CASE("A Latin-1 file is read and its encoding recorded", "[document][reader]") {
    const Article article = readArticleFile(fixture("latin1.it.txt"));
    CHECK(article.sourceEncoding == "ISO-8859-1");
    CHECK(article.published == PartialDate{2024, 3, 12});
    CHECK(article.title == "Nuova pista ciclabile tra Forlì e Cesena");
    REQUIRE(article.blocks.size() == 3);
    CHECK(article.blocks[2].text.rfind("«È un'opera attesa da molto tempo»", 0) == 0);
}

TEST_CASE("The format follows the extension unless it is given", "[document][reader]") {
    const std::string markdown = "# Titolo\n\nTesto con **enfasi** e altro.\n\nSecondo.";
    const Article asMarkdown = readArticleBytes(markdown, "nota.MD");
    CHECK(asMarkdown.title == "Titolo");
    CHECK(asMarkdown.blocks[1].text == "Testo con enfasi e altro.");
    const Article asText = readArticleBytes(markdown, "nota.txt");
    CHECK(asText.title == "# Titolo");
    const Article forced = readArticleBytes(markdown, "nota.txt", {ArticleFormat::Markdown});
    CHECK(forced.title == "Titolo");
}
