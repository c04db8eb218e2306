// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/ownership_rules.h"

#include "ner/token_skip.h"
#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// Words before "da", "dalla", "by": the agent is a company.
constexpr std::array<std::string_view, 20> kMadeBy{
    "prodotto",    "prodotta",  "prodotti",  "prodotte",   "fabbricato", "fabbricata",  "controllato",
    "controllata", "acquisito", "acquisita", "acquistato", "acquistata", "rilevato",    "rilevata",
    "edito",       "edita",     "owned",     "acquired",   "published",  "manufactured"};

/// Words before "di", "della", "of", "in": what follows is a company.
constexpr std::array<std::string_view, 7> kPartOf{"proprietà", "azioni",     "filiale", "controllata",
                                                  "shares",    "subsidiary", "stake"};

/// True when token `i` is the preposition of one of the phrases above, in its sentence.
bool endsOwnershipPhrase(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    const Token& preposition = tokens[i];
    if (i == 0 || !preposition.isWord() || preposition.capitalized) {
        return false;
    }
    const bool by = preposition.folded == "by";
    const bool agent = by || preposition.folded.rfind("da", 0) == 0;
    const bool connector = context.inList(WordList::Connector, i) || preposition.folded == "in";
    if (!agent && !connector) {
        return false;
    }
    const Token& before = tokens[i - 1];
    if (!before.isWord() || before.sentence != preposition.sentence) {
        return false;
    }
    return agent ? isOneOf(before.folded, kMadeBy) : isOneOf(before.folded, kPartOf);
}

/// The end of the capitalised run that starts at `first`, in its sentence.
std::size_t runEnd(const Context& context, std::size_t first) {
    const auto& tokens = context.tokens();
    std::size_t last = first;
    while (last < tokens.size() && tokens[last].sentence == tokens[first].sentence && context.isNameWord(last)) {
        ++last;
    }
    return last;
}

} // namespace

void applyOwnershipContext(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    bool added = false;
    const auto nameWord = [](const Token& token) { return token.isWord() && (token.capitalized || token.allCaps); };
    for (std::size_t first = nextTokenThat(tokens, 1, nameWord); first < tokens.size();
         first = nextTokenThat(tokens, first + 1, nameWord)) {
        const std::size_t i = first - 1;
        if (tokens[first].sentence != tokens[i].sentence || !endsOwnershipPhrase(context, i)) {
            continue;
        }
        const auto at = std::find_if(candidates.begin(), candidates.end(),
                                     [&](const Candidate& c) { return c.first <= first && first < c.last; });
        // "Shares of Halvorsen fell": the phrase opening the sentence was read as part of the name.
        if (at != candidates.end() && at->first + 2 == first && tokens[at->first].sentenceInitial &&
            at->entry == kNone) {
            at->first = first;
        }
        if (at != candidates.end()) {
            if (at->first == first && at->type == EntityType::Person && at->entry == kNone &&
                !context.isFirstName(first)) {
                at->type = EntityType::Organization;
                at->typeIsGuess = false;
                at->surnameOnly = false;
            }
            continue;
        }
        const std::size_t last = runEnd(context, first);
        if (context.isFirstName(first) || context.inList(WordList::Stopword, first)) {
            continue;
        }
        const bool free = std::none_of(candidates.begin(), candidates.end(),
                                       [&](const Candidate& c) { return c.first < last && first < c.last; });
        if (free) {
            candidates.push_back(Candidate{first, last, EntityType::Organization, kNone, Origin::Rule, 0.5});
            added = true;
        }
    }
    if (added) {
        sortByPosition(candidates);
    }
}

} // namespace annalist::core::ner
