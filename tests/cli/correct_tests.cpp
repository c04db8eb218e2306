// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace annalist::cli::test;

namespace {

RunResult run(const std::vector<std::string>& args) {
    const RunResult result = runCli(args);
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    return result;
}

/// The Markdown section of one entity type in an exported article, up to the next type.
std::string section(const std::string& markdown, const std::string& heading) {
    const std::size_t start = markdown.find("## " + heading + "\n");
    if (start == std::string::npos) {
        return {};
    }
    const std::size_t end = markdown.find("\n## ", start + 1);
    return markdown.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

} // namespace

TEST_CASE("correct links a mention in one article, retypes one library-wide and withdraws it", "[cli][correct]") {
    const TempDir dir;
    const std::string library = (dir / "library.sqlite").string();
    writeFile(dir / "purin.txt", "Vertice a Pyongyang\n\nIl presidente russo Vladimir Putin è arrivato a Pyongyang. "
                                 "Secondo il Cremlino, il presidente Purin ha firmato il patto con Kim Jong-un.\n");
    run({"import", "--library", library, (dir / "purin.txt").string()});
    CHECK(section(run({"export", "--library", library, "1"}).out, "People").find("### [[Purin]]") != std::string::npos);

    CHECK(run({"correct", "--library", library, "--article", "1", "--link", "person:vladimir-putin", "Purin"}).out ==
          "corrected 1 link article\n");
    const std::string people = section(run({"export", "--library", library, "1"}).out, "People");
    CHECK(people.find("### [[Purin]]") == std::string::npos);
    CHECK(people.find("### [[Vladimir Putin]]\n\n2 mentions") != std::string::npos);

    CHECK(run({"correct", "--library", library, "--type", "place", "Cremlino"}).out ==
          "corrected 2 change-type library\n");
    writeFile(dir / "later.txt", "Più tardi\n\nIl Cremlino non commenta.\n");
    run({"import", "--library", library, (dir / "later.txt").string()});
    CHECK(section(run({"export", "--library", library, "2"}).out, "Places").find("Kremlin") != std::string::npos);

    CHECK(run({"correct", "--library", library, "--withdraw", "2"}).out == "withdrew 2\n");
    const std::string later = run({"export", "--library", library, "2"}).out;
    CHECK(section(later, "Places").find("Kremlin") == std::string::npos);
    CHECK(section(later, "Organisations").find("Kremlin") != std::string::npos);
    // The article-scope link is still there.
    CHECK(section(run({"export", "--library", library, "1"}).out, "People").find("### [[Purin]]") == std::string::npos);
}

TEST_CASE("correct refuses unknown articles, entities and corrections, and incomplete requests", "[cli][correct]") {
    const TempDir dir;
    const std::string library = (dir / "library.sqlite").string();
    run({"import", "--library", library, seedArticle()});
    CHECK(runCli({"correct", "--library", library, "--article", "9", "--remove", "Putin"}).exitCode == 1);
    CHECK(runCli({"correct", "--library", library, "--link", "person:nobody", "Putin"}).exitCode == 1);
    CHECK(runCli({"correct", "--library", library, "--withdraw", "5"}).exitCode == 1);
    CHECK(runCli({"correct", "--library", library, "--remove", "--rename", "X", "Putin"}).exitCode == 2);
    CHECK(runCli({"correct", "--library", library, "--remove"}).exitCode == 2);
}
