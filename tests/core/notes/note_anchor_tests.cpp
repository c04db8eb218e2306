// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/notes/note_anchor.h"
#include "annalist/core/notes/note_rules.h"
#include "annalist/core/text/unicode.h"

#include <catch2/catch.hpp>

#include <string>

using namespace annalist::core;

namespace {

const std::string kText = "Putin è arrivato a Hà Nội. Il patto di mutua assistenza è stato firmato a Pyongyang. "
                          "Tô Lâm ha parlato del patto di mutua assistenza con cautela.";

/// Code point span of the `nth` occurrence of `needle`.
Span spanOf(const std::string& text, const std::string& needle, int nth = 0) {
    std::size_t byte = text.find(needle);
    for (int i = 0; i < nth; ++i) {
        byte = text.find(needle, byte + 1);
    }
    REQUIRE(byte != std::string::npos);
    const std::size_t start = codePointCount(std::string_view(text).substr(0, byte));
    return Span{start, start + codePointCount(needle)};
}

} // namespace

TEST_CASE("A quote selector keeps the passage and some context on each side", "[notes][anchor]") {
    const Span span = spanOf(kText, "Hà Nội");
    const QuoteSelector selector = quoteSelector(kText, span, 10);
    CHECK(selector.quote == "Hà Nội");
    CHECK(selector.prefix == "rrivato a ");
    CHECK(selector.suffix == ". Il patto");
    CHECK(quoteSelector(kText, Span{0, 5}, 10).prefix.empty());
    CHECK(quoteSelector(kText, Span{0, 5}).quote == "Putin");
}

TEST_CASE("A span is trimmed of white space at its ends", "[notes][anchor]") {
    const Span padded{spanOf(kText, "Hà Nội").start - 1, spanOf(kText, "Hà Nội").end};
    CHECK(trimmedSpan(kText, padded) == spanOf(kText, "Hà Nội"));
    CHECK(trimmedSpan("   ", Span{0, 3}).length() == 0);
    CHECK(trimmedSpan("abc", Span{1, 99}) == Span{1, 3});
}

TEST_CASE("Re-anchoring an unchanged text keeps the span", "[notes][anchor]") {
    const Span span = spanOf(kText, "patto di mutua assistenza", 1);
    const Anchor anchor = reanchor(quoteSelector(kText, span), span, kText);
    CHECK(anchor.match == AnchorMatch::Unchanged);
    CHECK(anchor.span == span);
}

TEST_CASE("Re-anchoring follows the quote when text is inserted before it", "[notes][anchor]") {
    const Span span = spanOf(kText, "patto di mutua assistenza", 1);
    const QuoteSelector selector = quoteSelector(kText, span);
    const std::string changed = "Aggiornamento: nuove dichiarazioni sul patto di mutua assistenza. " + kText;
    const Anchor anchor = reanchor(selector, span, changed);
    CHECK(anchor.match == AnchorMatch::Context);
    // Three occurrences now: the one with the old context, not the nearest one, is chosen.
    CHECK(anchor.span == spanOf(changed, "patto di mutua assistenza", 2));
}

TEST_CASE("Re-anchoring prefers the occurrence whose context still mostly agrees", "[notes][anchor]") {
    const Span span = spanOf(kText, "patto di mutua assistenza", 1);
    const QuoteSelector selector = quoteSelector(kText, span);
    // The words right after the quote were edited; most of the prefix still agrees.
    std::string changed = kText;
    changed.replace(changed.find("con cautela"), 11, "con molta prudenza");
    changed = "Breve premessa. " + changed;
    const Anchor anchor = reanchor(selector, span, changed);
    CHECK(anchor.match == AnchorMatch::Context);
    CHECK(anchor.span == spanOf(changed, "patto di mutua assistenza", 1));
}

TEST_CASE("Without its context the quote is found nearest to its old place", "[notes][anchor]") {
    const QuoteSelector selector{"patto", "xxxxxxxxxxxxxxxx", "yyyyyyyyyyyyyyyyy"};
    const Span old = spanOf(kText, "patto", 1);
    const Anchor moved = reanchor(selector, Span{old.start + 3, old.end + 3}, kText);
    CHECK(moved.match == AnchorMatch::Nearest);
    CHECK(moved.span == old);
    const Anchor early = reanchor(selector, Span{0, 5}, kText);
    CHECK(early.span == spanOf(kText, "patto", 0));
}

TEST_CASE("A quote no longer in the text is orphaned", "[notes][anchor]") {
    const Span span = spanOf(kText, "con cautela");
    const QuoteSelector selector = quoteSelector(kText, span);
    std::string changed = kText;
    changed.replace(changed.find("con cautela"), 11, "con prudenza");
    const Anchor anchor = reanchor(selector, span, changed);
    CHECK(anchor.match == AnchorMatch::Orphaned);
    CHECK_FALSE(anchor.span);
    CHECK(reanchor(QuoteSelector{}, Span{0, 0}, kText).match == AnchorMatch::Orphaned);
    CHECK(reanchor(selector, span, "").match == AnchorMatch::Orphaned);
}

TEST_CASE("Re-anchoring counts code points, not bytes", "[notes][anchor]") {
    const std::string text = "Tô Lâm incontra Putin. Tô Lâm saluta.";
    const Span span = spanOf(text, "Tô Lâm", 1);
    const std::string changed = "«Già» " + text;
    const Anchor anchor = reanchor(quoteSelector(text, span), span, changed);
    CHECK(anchor.span == spanOf(changed, "Tô Lâm", 1));
}

TEST_CASE("Tags are trimmed, lose a leading hash and are kept once", "[notes][tags]") {
    CHECK(normalizedTags({" diplomazia ", "#Corea", "", "diplomazia", "  ", "##fonti"}) ==
          std::vector<std::string>{"diplomazia", "Corea", "fonti"});
    CHECK(isNoteColor("pink"));
    CHECK_FALSE(isNoteColor("red"));
    CHECK_FALSE(isNoteColor(""));
}
