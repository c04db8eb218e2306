// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/org_apposition.h"

#include "ner/name_typing.h"
#include "ner/token_rules.h"
#include "ner/token_skip.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

constexpr std::size_t kMaxTitleWords = 6;

bool closesQuotation(std::string_view text) {
    return text == "\u201D" || text == "\u00BB" || text == "\u2019" || text == "\"";
}

/// A bare article, not one joined to a preposition: "la", not "della" ("la squadra della Florida" names a place).
bool isArticle(std::string_view word) {
    constexpr std::array<std::string_view, 9> kArticles{"il", "lo", "la", "l'", "l’", "i", "gli", "le", "the"};
    return std::find(kArticles.begin(), kArticles.end(), word) != kArticles.end();
}

bool isJoin(const Token& token) {
    return token.text == "e" || token.text == "&" || token.text == "and";
}

bool inSentence(const Context& context, std::size_t token, std::size_t sentence) {
    return token < context.tokens().size() && context.tokens()[token].sentence == sentence;
}

/// The name words from `first`, joined by "e" or "&" between two of them; returns its end and whether a join was
/// crossed.
std::size_t joinedRunEnd(const Context& context, std::size_t first, bool& joined) {
    const auto& tokens = context.tokens();
    const std::size_t sentence = tokens[first].sentence;
    std::size_t last = first;
    joined = false;
    while (inSentence(context, last, sentence) && last - first < kMaxTitleWords) {
        if (context.isNameWord(last)) {
            ++last;
        } else if (last > first && isJoin(tokens[last]) && inSentence(context, last + 1, sentence) &&
                   context.isNameWord(last + 1)) {
            joined = true;
            ++last;
        } else {
            break;
        }
    }
    return last;
}

/// The organisation an apposition after the company noun at `noun` names, as [first, last); first == last if none.
std::pair<std::size_t, std::size_t> appositionAfter(const Context& context, std::size_t noun) {
    const auto& tokens = context.tokens();
    const std::size_t sentence = tokens[noun].sentence;
    std::size_t next = noun + 1;
    while (inSentence(context, next, sentence) && next - noun <= 2 && !context.isNameWord(next) &&
           (context.inList(WordList::Demonym, next) || context.inList(WordList::OrgAdjective, next))) {
        ++next;
    }
    if (!inSentence(context, next + 1, sentence)) {
        return {0, 0};
    }
    const Token& opening = tokens[next];
    bool joined = false;
    // "il quotidiano \"Il Mattino Nuovo\"": the whole title in quotes, its capitalised article too.
    if (opening.kind == TokenKind::Punctuation && opensQuotation(opening.text)) {
        const std::size_t first = next + 1;
        const std::size_t last = joinedRunEnd(context, first, joined);
        if (last > first && inSentence(context, last, sentence) && closesQuotation(tokens[last].text)) {
            return {first, last};
        }
        return {0, 0};
    }
    // "il quotidiano la Gazzetta": the lowercase article stays out.
    if (opening.isWord() && !opening.capitalized && isArticle(opening.folded) && context.isNameWord(next + 1)) {
        const std::size_t first = next + 1;
        return {first, joinedRunEnd(context, first, joined)};
    }
    // "il settimanale Casa e Giardino": other rules type a plain name; only a joined one is read here.
    if (context.isNameWord(next)) {
        const std::size_t last = joinedRunEnd(context, next, joined);
        if (joined) {
            return {next, last};
        }
    }
    return {0, 0};
}

} // namespace

void applyOrgApposition(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    bool changed = false;
    const auto orgNoun = [](const Token& token) { return (token.flags & bitOf(WordList::OrgNoun)) != 0; };
    for (std::size_t noun = nextTokenThat(tokens, 0, orgNoun); noun + 2 < tokens.size();
         noun = nextTokenThat(tokens, noun + 1, orgNoun)) {
        if (!isCompanyNoun(context, noun)) {
            continue;
        }
        const auto [first, last] = appositionAfter(context, noun);
        if (first >= last) {
            continue;
        }
        const auto overlapping = [&](const Candidate& c) { return c.first < last && first < c.last; };
        const bool spills = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
            return overlapping(c) && (c.first < first || c.last > last);
        });
        if (spills) {
            continue;
        }
        const auto exact = std::find_if(candidates.begin(), candidates.end(),
                                        [&](const Candidate& c) { return c.first == first && c.last == last; });
        if (exact != candidates.end() && exact->type == EntityType::Organization) {
            continue;
        }
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(), overlapping), candidates.end());
        candidates.push_back(Candidate{first, last, EntityType::Organization, kNone, Origin::Rule, 0.6});
        changed = true;
    }
    if (changed) {
        sortByPosition(candidates);
    }
}

} // namespace annalist::core::ner
