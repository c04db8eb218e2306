// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/family_companies.h"

#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// The folded word `distance` tokens before `token` in its sentence, or an empty view.
std::string_view foldedBefore(const Context& context, std::size_t token, std::size_t distance) {
    const auto& tokens = context.tokens();
    if (token < distance || tokens[token - distance].sentence != tokens[token].sentence) {
        return {};
    }
    return tokens[token - distance].folded;
}

bool afterFeminineArticle(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 7> kFeminine{"la", "della", "alla", "dalla", "sulla", "nella", "colla"};
    const auto& tokens = context.tokens();
    // "La Ferrero" opening a sentence has its capital from there.
    return token > 0 && tokens[token - 1].isWord() &&
           (!tokens[token - 1].capitalized || tokens[token - 1].sentenceInitial) &&
           isOneOf(std::string_view(tokens[token - 1].folded), kFeminine);
}

/// "la signora Minetti", "la senatrice Minetti", "la Minetti è stata arrestata".
bool hasWomanCue(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 16> kTitles{"signora",   "signorina",     "ministra",      "senatrice",
                                                       "deputata",  "sindaca",       "dottoressa",    "avvocata",
                                                       "assessora", "consigliera",   "professoressa", "parlamentare",
                                                       "onorevole", "imprenditrice", "attrice",       "cantante"};
    constexpr std::array<std::string_view, 12> kPersonVerbs{"arrestata",  "sposata",  "eletta",    "rieletta",
                                                            "ricoverata", "laureata", "candidata", "interrogata",
                                                            "operata",    "dimessa",  "fermata",   "assolta"};
    if (isOneOf(foldedBefore(context, token, 1), kTitles)) {
        return true;
    }
    const auto& tokens = context.tokens();
    const std::size_t verb = token + 3;
    return verb < tokens.size() && tokens[verb].sentence == tokens[token].sentence &&
           (tokens[token + 1].folded == "e" || tokens[token + 1].folded == "era" ||
            tokens[token + 1].folded == "sara") &&
           tokens[token + 2].folded == "stata" && isOneOf(std::string_view(tokens[verb].folded), kPersonVerbs);
}

/// "il gruppo Barilla", "l'azienda Ferrero", "Mondadori S.p.A.", "i dipendenti della Barilla".
bool hasCompanyCue(const Context& context, std::size_t token) {
    constexpr std::array<std::string_view, 10> kNouns{"gruppo",  "azienda", "societa", "marchio",        "editrice",
                                                      "colosso", "holding", "aziende", "multinazionale", "industria"};
    constexpr std::array<std::string_view, 9> kOwnerNouns{"dipendenti",     "stabilimento", "stabilimenti",
                                                          "fatturato",      "azionisti",    "marchi",
                                                          "amministratore", "bilancio",     "prodotti"};
    constexpr std::array<std::string_view, 6> kForms{"s.p.a", "spa", "s.r.l", "srl", "s.p.a.", "s.r.l."};
    if (isOneOf(foldedBefore(context, token, 1), kNouns)) {
        return true;
    }
    const std::string_view of = foldedBefore(context, token, 1);
    if (isOneOf(of, {"di", "della", "del"}) && isOneOf(foldedBefore(context, token, 2), kOwnerNouns)) {
        return true;
    }
    const auto& tokens = context.tokens();
    return token + 1 < tokens.size() && tokens[token + 1].sentence == tokens[token].sentence &&
           isOneOf(std::string_view(tokens[token + 1].folded), kForms);
}

/// True when the knowledge base holds an organisation named "Gruppo X" or "X Group".
bool knowsGroupNamed(const Context& context, std::size_t token) {
    const GazetteerImage& image = context.image();
    const std::uint32_t word = context.tokens()[token].id;
    if (word == kNone) {
        return false;
    }
    const auto organisationAt = [&](std::uint32_t node) {
        for (std::uint32_t at = node == kNone ? kNone : image.firstEntry(node); at != kNone; at = image.nextEntry(at)) {
            if (image.entry(at).partial == 0 &&
                static_cast<EntityType>(image.entry(at).type) == EntityType::Organization) {
                return true;
            }
        }
        return false;
    };
    for (const std::string_view group : {"gruppo", "group"}) {
        const std::uint32_t groupWord = image.tokenId(group);
        if (groupWord == kNone) {
            continue;
        }
        const std::uint32_t before = image.child(kRootNode, groupWord);
        const std::uint32_t after = image.child(kRootNode, word);
        if ((before != kNone && organisationAt(image.child(before, word))) ||
            (after != kNone && organisationAt(image.child(after, groupWord)))) {
            return true;
        }
    }
    return false;
}

enum class Reading { None, Woman, Company };

/// What the whole text says of the surname at `token`: a woman, a company or nothing.
Reading readSurname(const Context& context, const std::vector<Candidate>& candidates, std::size_t token) {
    const auto& tokens = context.tokens();
    const std::string& word = tokens[token].folded;
    bool company = false;
    for (const Candidate& other : candidates) {
        const bool holds = std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(other.first),
                                       tokens.begin() + static_cast<std::ptrdiff_t>(other.last),
                                       [&](const Token& t) { return t.folded == word; });
        if (!holds) {
            continue;
        }
        if (other.type == EntityType::Person && other.last - other.first >= 2) {
            return Reading::Woman;
        }
        company = company || other.type == EntityType::Organization;
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].folded != word || !tokens[i].capitalized) {
            continue;
        }
        if (hasWomanCue(context, i)) {
            return Reading::Woman;
        }
        company = company || hasCompanyCue(context, i);
    }
    return company || knowsGroupNamed(context, token) ? Reading::Company : Reading::None;
}

} // namespace

void applyFamilyCompanies(const Context& context, std::vector<Candidate>& candidates) {
    if (context.language != "it") {
        return;
    }
    for (Candidate& name : candidates) {
        if (name.type != EntityType::Person || name.entry != kNone || name.last - name.first != 1 ||
            !afterFeminineArticle(context, name.first)) {
            continue;
        }
        if (readSurname(context, candidates, name.first) == Reading::Company) {
            name = Candidate{name.first, name.last, EntityType::Organization, kNone, Origin::Rule, 0.6, false};
        }
    }
}

} // namespace annalist::core::ner
