// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/name_cues.h"

#include "ner/name_shape.h"
#include "ner/name_typing.h"
#include "ner/person_rules.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace annalist::core::ner {

/// True when a word that is no name word joins the sequence; an initial's full stop ("Mary J. Blige") does not count.
bool hasConnector(const Context& context, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        if (!context.isNameWord(i) && !isInitialDot(context, i)) {
            return true;
        }
    }
    return false;
}

bool hasNameWordBetween(const Context& context, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        if (context.isNameWord(i)) {
            return true;
        }
    }
    return false;
}

bool anyInList(const Context& context, WordList list, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        if (context.inList(list, i)) {
            return true;
        }
    }
    return false;
}

bool isRomanNumeral(std::string_view word) {
    return !word.empty() && word.find_first_not_of("IVXLC") == std::string_view::npos;
}

/// The word before `index` in the same sentence, skipping nothing; npos when there is none.
std::size_t wordBefore(const Context& context, std::size_t index, std::size_t distance) {
    const auto& tokens = context.tokens();
    if (index < distance || tokens[index - distance].sentence != tokens[index].sentence ||
        !tokens[index - distance].isWord()) {
        return std::string::npos;
    }
    return index - distance;
}

bool precededByList(const Context& context, std::size_t first, WordList list, std::size_t reach) {
    for (std::size_t distance = 1; distance <= reach; ++distance) {
        const std::size_t before = wordBefore(context, first, distance);
        if (before == std::string::npos) {
            return false;
        }
        if (context.inList(list, before) && !context.isNameWord(before)) {
            return true;
        }
    }
    return false;
}

/// "il presidente Putin", "il presidente russo Putin": a title right before the name, or with one describing
/// word between; "ministro dell'Industria" is no person, since a preposition stands between.
bool afterTitle(const Context& context, std::size_t first) {
    if (precededByList(context, first, WordList::Title, 1)) {
        return true;
    }
    const std::size_t middle = wordBefore(context, first);
    return middle != std::string::npos && !context.inList(WordList::Stopword, middle) &&
           !context.inList(WordList::Connector, middle) && precededByList(context, middle, WordList::Title, 1);
}

/// "il comune di X", "la centrale nucleare di X": a place noun (and perhaps an adjective) and a connector before
/// the name.
bool afterPlaceNoun(const Context& context, std::size_t first) {
    const std::size_t connector = wordBefore(context, first);
    return connector != std::string::npos && context.inList(WordList::Connector, connector) &&
           precededByList(context, connector, WordList::PlaceNoun, 2);
}

/// True when `word` lies between an apposition noun and its name: a nationality or an institutional adjective
/// ("la compagnia spagnola"), a word right after the noun ("compagnia ferroviaria"), or the "di stampa" of
/// "agenzia di stampa".
bool describesApposition(const Context& context, std::size_t word) {
    if (context.inList(WordList::Demonym, word) || context.inList(WordList::OrgAdjective, word)) {
        return true;
    }
    if (context.inList(WordList::Stopword, word)) {
        return false;
    }
    const std::size_t before = wordBefore(context, word);
    if (before == std::string::npos) {
        return false;
    }
    if (context.inList(WordList::OrgNoun, before)) {
        return true;
    }
    const std::size_t noun = wordBefore(context, before);
    return context.inList(WordList::Connector, before) && noun != std::string::npos &&
           context.inList(WordList::OrgNoun, noun);
}

/// "l'azienda Metroferro", "l'agenzia di stampa giapponese Jiji", "the carmaker Renault": a noun that
/// introduces an organisation's name stands right before it, or with describing words between.
bool afterOrgNoun(const Context& context, std::size_t first) {
    constexpr std::size_t kReach = 4;
    for (std::size_t distance = 1; distance <= kReach; ++distance) {
        const std::size_t word = wordBefore(context, first, distance);
        if (word == std::string::npos || context.isNameWord(word)) {
            return false;
        }
        if (context.inList(WordList::OrgNoun, word)) {
            return true;
        }
        // "the bank governor John Smith", "the club president": a title after the noun names its holder.
        const bool connector = distance > 1 && context.inList(WordList::Connector, word);
        if (context.inList(WordList::Title, word) || (!connector && !describesApposition(context, word))) {
            return false;
        }
    }
    return false;
}

/// "la società Martina Trasporti", "la compagnia genovese Costa Vacanze", "the carmaker Harley Davidson": a company
/// noun right before the name, or with nationalities, institutional adjectives or one describing word between,
/// outweighs a given name inside the name.
bool rightAfterOrgNoun(const Context& context, std::size_t first) {
    constexpr std::size_t kReach = 3;
    for (std::size_t distance = 1; distance <= kReach; ++distance) {
        const std::size_t word = wordBefore(context, first, distance);
        if (word == std::string::npos || context.isNameWord(word)) {
            return false;
        }
        if (context.inList(WordList::OrgNoun, word)) {
            return isCompanyNoun(context, word);
        }
        if (context.inList(WordList::Title, word)) {
            return false;
        }
        if (context.inList(WordList::Demonym, word) || context.inList(WordList::OrgAdjective, word)) {
            continue;
        }
        // "la compagnia genovese", "la società ferroviaria": a lowercase word right after the noun describes it.
        const std::size_t noun = wordBefore(context, word);
        const bool describing = !context.inList(WordList::Stopword, word) && !context.inList(WordList::Connector, word);
        return describing && noun != std::string::npos && isCompanyNoun(context, noun);
    }
    return false;
}

/// "YouTube", "teopol.it", "Pdl": the shape of a single word says it names a brand, a site or a body.
bool hasOrganisationShape(const Context& context, std::size_t token) {
    const std::string& text = context.tokens()[token].text;
    return hasBrandCapitals(text) || looksLikeDomainName(text) || hasBrandAffix(context, token) ||
           (looksLikeWordCaseAcronym(text) && !context.isFirstName(token) && !context.inList(WordList::Surname, token));
}

/// "ha dichiarato X", "X ha detto", "said X", "X said": a speech verb within two words of the name.
bool nearSpeechVerb(const Context& context, std::size_t first, std::size_t last) {
    const auto& tokens = context.tokens();
    for (std::size_t i = last; i < std::min(tokens.size(), last + 2); ++i) {
        if (tokens[i].sentence == tokens[first].sentence && context.inList(WordList::SpeechVerb, i)) {
            return true;
        }
    }
    return precededByList(context, first, WordList::SpeechVerb, 1);
}

} // namespace annalist::core::ner
