// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/service_phrases.h"

#include "ner/cue_words.h"
#include "ner/token_skip.h"
#include "ner/word_sets.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace annalist::core::ner {

namespace {

bool isWordAt(const Context& context, std::size_t i, std::size_t anchor, std::string_view folded) {
    const auto& tokens = context.tokens();
    return i < tokens.size() && sameSentence(context, anchor, i) && isLowercaseWord(context, i) &&
           tokens[i].folded == folded;
}

/// "un agente di polizia", "il dipartimento di polizia newyorchese": the police after "di" and a noun of its
/// officers, sources or offices is the organisation; "le forze di polizia", "uno stato di polizia" are no
/// organisation. Appends the mention and returns true when there is one.
bool addPoliceAfterDi(const Context& context, std::size_t i, std::vector<Candidate>& found) {
    const auto& tokens = context.tokens();
    if (i < 2 || !isWordAt(context, i - 1, i, "di") || !isLowercaseWord(context, i - 2) ||
        !sameSentence(context, i - 2, i)) {
        return false;
    }
    const std::string_view noun = tokens[i - 2].folded;
    const bool office = isOneOf(noun, {"dipartimento", "sindacato", "sindacati", "commissariato"});
    const bool people =
        isOneOf(noun, {"agente", "agenti", "commissario", "commissari", "ufficiale", "ufficiali", "ispettore",
                       "ispettori", "funzionario", "funzionari", "fonti", "fonte", "portavoce", "capo", "vicecapo"});
    if (!office && !people) {
        return false;
    }
    std::size_t last = i + 1;
    while (last < tokens.size() && sameSentence(context, i, last) && isLowercaseWord(context, last) &&
           (context.inList(WordList::Demonym, last) || context.inList(WordList::OrgAdjective, last))) {
        ++last;
    }
    found.push_back(Candidate{office ? i - 2 : i, last, EntityType::Organization, kNone, Origin::Rule, 0.4, false});
    return true;
}

/// Tokens the service phrase that opens at `i` covers, or 0.
std::size_t servicePhraseLength(const Context& context, std::size_t i) {
    const std::string_view word = context.tokens()[i].folded;
    if (word == "vigili") {
        if (isWordAt(context, i + 1, i, "del") && isWordAt(context, i + 2, i, "fuoco")) {
            return 3;
        }
        // "i vigili di Biassono": the town's police; "restare vigili" is an adjective.
        const bool afterArticle = i > 0 && sameSentence(context, i - 1, i) &&
                                  context.inList(WordList::Determiner, i - 1) && isLowercaseWord(context, i - 1);
        return isWordAt(context, i + 1, i, "urbani") ? 2 : (afterArticle ? 1 : 0);
    }
    if (word == "squadra") {
        return isWordAt(context, i + 1, i, "mobile") ? 2 : 0;
    }
    if (word == "guardia") {
        return isWordAt(context, i + 1, i, "di") && isWordAt(context, i + 2, i, "finanza") ? 3 : 0;
    }
    if (word == "protezione") {
        return isWordAt(context, i + 1, i, "civile") ? 2 : 0;
    }
    return 0;
}

} // namespace

std::vector<Candidate> findServicePhrases(const Context& context) {
    std::vector<Candidate> found;
    const auto& tokens = context.tokens();
    // Every token passes here: the first letter and the length rule out all but a few words.
    const auto sized = [](const Token& token) {
        const std::size_t size = token.folded.size();
        return size == 3 || size == 6 || size == 7 || size == 10;
    };
    for (std::size_t i = nextTokenThat(tokens, 0, sized); i < tokens.size(); i = nextTokenThat(tokens, i + 1, sized)) {
        const std::string& word = tokens[i].folded;
        const std::size_t size = word.size();
        if (size == 3 && word == "cda" && tokens[i].isWord() && i > 0 && sameSentence(context, i - 1, i) &&
            context.inList(WordList::Determiner, i - 1)) {
            // "il cda", "nel CdA": the board of directors of the company in the story.
            found.push_back(Candidate{i, i + 1, EntityType::Organization, kNone, Origin::Rule, 0.5, false});
            continue;
        }
        const bool shaped = (word.size() == 6 && word.front() == 'v') || (word.size() == 7 && word.front() == 's') ||
                            (word.size() == 7 && word.front() == 'g') || (word.size() == 10 && word.front() == 'p') ||
                            (word.size() == 7 && word.front() == 'p');
        if (!shaped || !isLowercaseWord(context, i)) {
            continue;
        }
        if (word == "polizia") {
            addPoliceAfterDi(context, i, found);
            continue;
        }
        const std::size_t length = servicePhraseLength(context, i);
        if (length > 0) {
            found.push_back(Candidate{i, i + length, EntityType::Organization, kNone, Origin::Rule, 0.5, false});
            i += length - 1;
        }
    }
    return found;
}

} // namespace annalist::core::ner
