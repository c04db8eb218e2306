// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/capitalised_runs.h"

#include "ner/english_institutions.h"
#include "ner/initial_ends.h"
#include "ner/person_rules.h"
#include "ner/run_boundaries.h"

#include <algorithm>

namespace annalist::core::ner {

namespace {

bool sameSentence(const Context& context, std::size_t a, std::size_t b) {
    return context.tokens()[a].sentence == context.tokens()[b].sentence;
}

/// The sequence of capitalised words opening at token `first`, joined directly or through connectors, within one
/// sentence.
ReachedRun runFrom(const Context& context, std::size_t first, const std::vector<char>& consumed) {
    const auto& tokens = context.tokens();
    Run run{first, first + 1};
    while (true) {
        const bool initial = isInitialDot(context, run.last);
        if (initial && opensSentenceAfterInitials(context, run.last)) {
            break;
        }
        const std::size_t from = initial ? run.last + 1 : run.last;
        const std::size_t next = afterJoiners(context, run.first, run.last, from);
        if (next >= tokens.size() || !context.isNameWord(next) || consumed[next] != 0 ||
            !sameSentence(context, run.first, next) || tokens[next].sentenceInitial ||
            startsAnotherInstitution(context, from, next) ||
            splitsEnglishNamesAtAnd(context, run.first, run.last, next)) {
            break;
        }
        run.last = next + 1;
    }
    const std::size_t reach = run.last;
    // "Claude Monet | Le ninfee": a capitalised article closing a run opens the title of a work after it.
    while (run.last - run.first > 1 && context.inList(WordList::Determiner, run.last - 1) && run.last < tokens.size() &&
           tokens[run.last].isWord() && !context.isNameWord(run.last)) {
        --run.last;
    }
    return {run, reach};
}

/// The first token from `i` on that may open a run: a name word that no known name took. A tight loop of its own, as
/// it passes every token.
std::size_t nextOpening(const Context& context, const std::vector<char>& consumed, std::size_t i) {
    const std::size_t count = context.tokens().size();
    while (i < count && (!context.isNameWord(i) || consumed[i] != 0)) {
        ++i;
    }
    return i;
}

} // namespace

std::vector<ReachedRun> capitalisedRuns(const Context& context, const std::vector<char>& consumed,
                                        const std::vector<ReachedRun>& before) {
    const auto& tokens = context.tokens();
    std::vector<ReachedRun> runs;
    auto previous = before.begin();
    for (std::size_t i = nextOpening(context, consumed, 0); i < tokens.size(); i = nextOpening(context, consumed, i)) {
        while (previous != before.end() && previous->run.first < i) {
            ++previous;
        }
        const bool unchanged = previous != before.end() && previous->run.first == i &&
                               std::none_of(consumed.begin() + static_cast<std::ptrdiff_t>(i),
                                            consumed.begin() + static_cast<std::ptrdiff_t>(previous->reach),
                                            [](char taken) { return taken != 0; });
        runs.push_back(unchanged ? *previous : runFrom(context, i, consumed));
        i = runs.back().run.last;
    }
    return runs;
}

} // namespace annalist::core::ner
