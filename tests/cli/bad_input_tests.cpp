// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace annalist::cli::test;

namespace {

/// Everything observable about a library: what `list` prints and the bytes of its files.
struct LibrarySnapshot {
    std::string listing;
    std::string bytes;
    std::string walBytes;

    bool operator==(const LibrarySnapshot&) const = default;
};

LibrarySnapshot snapshot(const std::filesystem::path& library) {
    const RunResult list = runCli({"list", "--library", library.string(), "--format", "json"});
    REQUIRE(list.exitCode == 0);
    return {list.out, readFile(library), readFile(library.string() + "-wal")};
}

/// A 50 MB file of ordinary, valid text: only its size is wrong.
void writeHugeFile(const std::filesystem::path& path) {
    const std::string paragraph = "Il presidente ha parlato a lungo della cooperazione tra i due paesi. ";
    std::ofstream file(path, std::ios::binary);
    for (std::size_t written = 0; written < 50u * 1024u * 1024u; written += paragraph.size()) {
        file << paragraph;
    }
    REQUIRE(file.good());
}

void requireRefusedAndUnchanged(const std::filesystem::path& library, const std::vector<std::string>& inputs,
                                const std::string& named) {
    const LibrarySnapshot before = snapshot(library);
    std::vector<std::string> args = {"import", "--library", library.string()};
    args.insert(args.end(), inputs.begin(), inputs.end());
    const RunResult run = runCli(args);
    INFO(run.err);
    CHECK(run.exitCode == 1);
    CHECK(run.out.empty());
    CHECK(run.err.rfind("annalist-cli: ", 0) == 0);
    CHECK(run.err.find(named) != std::string::npos);
    CHECK(snapshot(library) == before);
}

} // namespace

TEST_CASE("bad inputs are refused and leave the library unchanged", "[cli][import][errors]") {
    const TempDir dir;
    const auto library = dir / "library.sqlite";
    const RunResult seed = runCli({"import", "--library", library.string(), seedArticle()});
    REQUIRE(seed.exitCode == 0);
    writeFile(dir / "good.txt", "Un articolo nuovo\n\nMario Draghi ha incontrato Olaf Scholz a Berlino.\n");
    const std::string good = (dir / "good.txt").string();

    SECTION("missing file") {
        const std::string missing = (dir / "missing.txt").string();
        requireRefusedAndUnchanged(library, {missing}, "missing.txt");
        requireRefusedAndUnchanged(library, {good, missing}, "missing.txt");
    }
    for (const char* fixture : {"empty.txt", "whitespace.txt", "binary.bin", "invalid-utf8.txt"}) {
        DYNAMIC_SECTION("fixture " << fixture) {
            const std::string bad = testData(fixture).string();
            requireRefusedAndUnchanged(library, {bad}, fixture);
            requireRefusedAndUnchanged(library, {good, bad}, fixture);
        }
    }
    SECTION("50 MB file") {
        const TempDir big;
        writeHugeFile(big / "huge.txt");
        requireRefusedAndUnchanged(library, {good, (big / "huge.txt").string()}, "huge.txt");
    }
    SECTION("directory without articles") {
        std::filesystem::create_directory(dir / "empty-folder");
        requireRefusedAndUnchanged(library, {good, (dir / "empty-folder").string()}, "empty-folder");
    }
    SECTION("address") {
        requireRefusedAndUnchanged(library, {good, "https://example.org/news"}, "example.org");
    }
}

TEST_CASE("a refused import does not create a library", "[cli][import][errors]") {
    const TempDir dir;
    const auto library = dir / "new.sqlite";
    const RunResult run =
        runCli({"import", "--library", library.string(), seedArticle(), testData("binary.bin").string()});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(library));
}

TEST_CASE("a Latin-1 file is imported with a notice", "[cli][import]") {
    const TempDir dir;
    const auto library = dir / "library.sqlite";
    const std::string file = testData("latin1.it.txt").string();
    const RunResult run = runCli({"import", "--library", library.string(), file});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.rfind("imported ", 0) == 0);
    CHECK(run.err.find("annalist-cli: note: " + file + " was read as ") != std::string::npos);
    CHECK(linesOf(runCli({"list", "--library", library.string()}).out).size() == 1);
}

TEST_CASE("a library that is not SQLite is reported, not overwritten", "[cli][import][errors]") {
    const TempDir dir;
    const auto library = dir / "library.sqlite";
    writeFile(library, "this is not a database, it is a shopping list\n");
    const RunResult run = runCli({"import", "--library", library.string(), seedArticle()});
    CHECK(run.exitCode == 1);
    CHECK(run.err.rfind("annalist-cli: ", 0) == 0);
    CHECK(readFile(library) == "this is not a database, it is a shopping list\n");
}
