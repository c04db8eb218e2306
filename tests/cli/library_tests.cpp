// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_runner.h"

#include <annalist/core/store/library.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

using namespace annalist::cli::test;
using Json = nlohmann::json;

namespace {

/// The id printed by a successful `import` of one file.
std::string importOne(const std::filesystem::path& library, const std::string& file) {
    const RunResult run = runCli({"import", "--library", library.string(), file});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const std::vector<std::string> lines = linesOf(run.out);
    REQUIRE(lines.size() == 1);
    REQUIRE(lines[0].rfind("imported ", 0) == 0);
    const std::string rest = lines[0].substr(std::string("imported ").size());
    return rest.substr(0, rest.find(' '));
}

std::vector<std::string> fieldsOf(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', start)) {
        fields.push_back(line.substr(start, tab - start));
        start = tab + 1;
    }
    fields.push_back(line.substr(start));
    return fields;
}

} // namespace

TEST_CASE("import stores an article that list then shows", "[cli][library]") {
    const TempDir dir;
    const auto library = dir / "library.sqlite";
    const std::string id = importOne(library, seedArticle());
    CHECK_FALSE(id.empty());

    const RunResult list = runCli({"list", "--library", library.string()});
    REQUIRE(list.exitCode == 0);
    const std::vector<std::string> lines = linesOf(list.out);
    REQUIRE(lines.size() == 1);
    const std::vector<std::string> fields = fieldsOf(lines[0]);
    REQUIRE(fields.size() == 5);
    CHECK(fields[0] == id);
    CHECK(fields[1] == "2024-06");
    CHECK(fields[2] == "it");
    CHECK_FALSE(fields[4].empty());

    const RunResult json = runCli({"list", "--library", library.string(), "--format", "json"});
    REQUIRE(json.exitCode == 0);
    const Json articles = Json::parse(json.out);
    REQUIRE(articles.size() == 1);
    CHECK(std::to_string(articles[0].at("id").get<long long>()) == id);
    CHECK(articles[0].at("title") == fields[4]);
    CHECK(articles[0].at("published") == "2024-06");
    CHECK(articles[0].at("entities").get<int>() > 0);
}

TEST_CASE("importing the same article twice keeps one copy", "[cli][library]") {
    const TempDir dir;
    const auto library = dir / "library.sqlite";
    const std::string id = importOne(library, seedArticle());

    const RunResult again = runCli({"import", "--library", library.string(), seedArticle()});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.rfind("already in library " + id + " ", 0) == 0);
    CHECK(linesOf(runCli({"list", "--library", library.string()}).out).size() == 1);
}

TEST_CASE("import takes the .txt and .md files of a directory in name order", "[cli][library]") {
    const TempDir dir;
    const auto library = dir / "library.sqlite";
    std::filesystem::create_directory(dir / "inbox");
    writeFile(dir / "inbox" / "b.txt", "Secondo articolo\n\nAngela Merkel è tornata a Berlino.\n");
    writeFile(dir / "inbox" / "a.md", "# Primo articolo\n\nEmmanuel Macron parla a Parigi.\n");
    writeFile(dir / "inbox" / "ignored.bin", std::string("\0\1\2\3", 4));

    const RunResult run = runCli({"import", "--library", library.string(), (dir / "inbox").string()});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const std::vector<std::string> lines = linesOf(run.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].find("Primo articolo") != std::string::npos);
    CHECK(lines[1].find("Secondo articolo") != std::string::npos);
    CHECK(linesOf(runCli({"list", "--library", library.string()}).out).size() == 2);
}

TEST_CASE("export writes Markdown notes of a stored article", "[cli][library]") {
    const TempDir dir;
    const auto library = dir / "library.sqlite";
    const std::string id = importOne(library, seedArticle());

    const RunResult run = runCli({"export", "--library", library.string(), "--format", "md", id});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.rfind("---\ntitle: \"", 0) == 0);
    CHECK(run.out.find("\nlanguage: \"it\"\n") != std::string::npos);
    CHECK(run.out.find("\n## People\n") != std::string::npos);
    CHECK(run.out.find(" mention") != std::string::npos);
    CHECK(run.out.find("\n> ") != std::string::npos);

    const auto file = dir / "notes.md";
    const RunResult toFile = runCli({"export", "--library", library.string(), "--output", file.string(), id});
    REQUIRE(toFile.exitCode == 0);
    CHECK(toFile.out.empty());
    CHECK(readFile(file) == run.out);
}

TEST_CASE("export writes the reader's notes with their tags", "[cli][library][notes]") {
    const TempDir dir;
    const auto library = dir / "library.sqlite";
    const std::string id = importOne(library, seedArticle());
    {
        annalist::core::Library store(library);
        annalist::core::ReaderNote note;
        note.articleId = std::stoll(id);
        note.span = {0, 14};
        note.quote = "Vladimir Putin";
        note.color = "blue";
        note.note = "Da confrontare con la visita a Pyongyang";
        note.tags = {"visite", "russia"};
        store.addNote(note);
    }
    const RunResult run = runCli({"export", "--library", library.string(), id});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.find("\ntags: [\"visite\", \"russia\"]\n") != std::string::npos);
    CHECK(run.out.find("\n## Notes\n\n> “Vladimir Putin”\n\nDa confrontare con la visita a Pyongyang\n\n"
                       "Highlight: blue #visite #russia\n") != std::string::npos);
}

TEST_CASE("export separates several articles with a page break", "[cli][library]") {
    const TempDir dir;
    const auto library = dir / "library.sqlite";
    const std::string first = importOne(library, seedArticle());
    writeFile(dir / "other.txt", "Un altro articolo\n\nIl Papa ha ricevuto Sergio Mattarella a Roma.\n");
    const std::string second = importOne(library, (dir / "other.txt").string());

    const RunResult run = runCli({"export", "--library", library.string(), first, second});
    REQUIRE(run.exitCode == 0);
    const std::size_t separator = run.out.find("\n---\n\n---\ntitle: ");
    REQUIRE(separator != std::string::npos);
    CHECK(run.out.find("Un altro articolo", separator) != std::string::npos);
}

TEST_CASE("export of an unknown article fails with code 1", "[cli][library]") {
    const TempDir dir;
    const auto library = dir / "library.sqlite";
    const std::string id = importOne(library, seedArticle());
    for (const std::string bad : {"999999", "abc", "-3"}) {
        const RunResult run = runCli({"export", "--library", library.string(), id, "--", bad});
        INFO(bad);
        CHECK(run.exitCode == 1);
        CHECK(run.out.empty());
        CHECK(run.err.rfind("annalist-cli: ", 0) == 0);
        CHECK(run.err.find(bad) != std::string::npos);
    }
}

TEST_CASE("list and export do not create a missing library", "[cli][library]") {
    const TempDir dir;
    const auto library = dir / "nothing-here.sqlite";
    const RunResult list = runCli({"list", "--library", library.string()});
    CHECK(list.exitCode == 0);
    CHECK(list.out.empty());
    CHECK(runCli({"list", "--library", library.string(), "--format", "json"}).out == "[]\n");
    CHECK(runCli({"export", "--library", library.string(), "1"}).exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(library));
}

TEST_CASE("the default library comes from ANNALIST_LIBRARY, else XDG_DATA_HOME", "[cli][library]") {
    const TempDir dir;
    const auto explicitLibrary = dir / "explicit.sqlite";
    RunResult run = runCli({"import", seedArticle()}, {}, {"ANNALIST_LIBRARY=" + explicitLibrary.string()});
    REQUIRE(run.exitCode == 0);
    CHECK(std::filesystem::exists(explicitLibrary));

    run = runCli({"import", seedArticle()}, {}, {"ANNALIST_LIBRARY=", "XDG_DATA_HOME=" + (dir / "xdg").string()});
    REQUIRE(run.exitCode == 0);
    CHECK(std::filesystem::exists(dir / "xdg" / "annalist" / "library.sqlite"));

    run = runCli({"list"}, {}, {"ANNALIST_LIBRARY=", "XDG_DATA_HOME=", "HOME=" + (dir / "home").string()});
    CHECK(run.exitCode == 0);
    run = runCli({"import", seedArticle()}, {},
                 {"ANNALIST_LIBRARY=", "XDG_DATA_HOME=", "HOME=" + (dir / "home").string()});
    REQUIRE(run.exitCode == 0);
    CHECK(std::filesystem::exists(dir / "home" / ".local" / "share" / "annalist" / "library.sqlite"));
}
