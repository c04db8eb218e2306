// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_fixture.h"

#include <annalist/core/export/markdown_export.h>

#include <catch2/catch.hpp>

#include <string>

using namespace annalist::core;
using annalist::core::test::ExportFixture;
using annalist::core::test::spanOf;

namespace {

ReaderNote noteOn(const ExportFixture& fixture, const std::string& quote) {
    ReaderNote note;
    note.span = spanOf(fixture.text, quote);
    note.quote = quote;
    return note;
}

} // namespace

TEST_CASE("Markdown ends with the reader's notes, their colours and tags", "[export][markdown][notes]") {
    ExportFixture fixture;
    ReaderNote first = noteOn(fixture, "Un giorno storico");
    first.color = "green";
    first.note = "Citazione chiave.\n# da verificare";
    first.tags = {"citazioni", "da verificare"};
    ReaderNote second = noteOn(fixture, "Lam ha firmato il trattato");
    second.tags = {"trattati", "citazioni"};
    second.orphaned = true;

    const std::string md = exportMarkdown(fixture.article, fixture.annotation, {first, second});
    CHECK(md.find("tags: [\"citazioni\", \"da verificare\", \"trattati\"]\n---\n") != std::string::npos);
    const std::size_t notes = md.find("\n## Notes\n\n");
    REQUIRE(notes != std::string::npos);
    CHECK(notes > md.find("## Quotes"));
    const std::string section = md.substr(notes + 1);
    CHECK(section == "## Notes\n\n"
                     "> “Un giorno storico”\n\n"
                     "Citazione chiave.  \n\\# da verificare\n\n"
                     "Highlight: green #citazioni #da-verificare\n\n"
                     "> “Lam ha firmato il trattato”\n\n"
                     "*The highlighted passage is no longer in the article.*\n\n"
                     "Highlight: yellow #trattati #citazioni\n");
}

TEST_CASE("Markdown without notes has neither a notes section nor tags", "[export][markdown][notes]") {
    ExportFixture fixture;
    const std::string md = exportMarkdown(fixture.article, fixture.annotation, {});
    CHECK(md == exportMarkdown(fixture.article, fixture.annotation));
    CHECK(md.find("## Notes") == std::string::npos);
    CHECK(md.find("tags:") == std::string::npos);
}
