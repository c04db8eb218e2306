// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/entity_linker.h"

#include "ner/acronym_links.h"
#include "ner/club_rules.h"
#include "ner/name_similarity.h"
#include "ner/place_rules.h"
#include "ner/token_rules.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace annalist::core::ner {

namespace {

/// "U.S", "S.p.A", "Ph.D": short letter groups joined by dots; "Repubblica.it" is a web address.
bool isDottedInitialism(std::string_view text) {
    constexpr std::size_t kLongestGroup = 3;
    if (text.find('.') == std::string_view::npos) {
        return false;
    }
    std::size_t group = 0;
    for (const char c : text) {
        group = c == '.' ? 0 : group + 1;
        if (group > kLongestGroup) {
            return false;
        }
    }
    return true;
}

/// "U.S.", "J.P.", "Apple Inc.": a name ending in an initialism or an abbreviation keeps the dot written right
/// after it, which the tokeniser leaves apart because it may also end the sentence.
bool endsWithAbbreviation(const Context& context, const Candidate& candidate) {
    const auto& tokens = context.tokens();
    if (candidate.last >= tokens.size() || !isAbbreviationDot(tokens[candidate.last])) {
        return false;
    }
    const Token& last = tokens[candidate.last - 1];
    // "Serie A." ending a sentence: a lone letter's dot is a full stop when nothing follows it in its sentence.
    const bool sentenceGoesOn =
        candidate.last + 1 < tokens.size() && tokens[candidate.last + 1].sentence == tokens[candidate.last].sentence;
    const bool initialism = last.isWord() && (isDottedInitialism(last.text) ||
                                              (last.text.size() == 1 && last.capitalized && sentenceGoesOn));
    return initialism || context.inList(WordList::NameAbbreviation, candidate.last - 1);
}

std::vector<std::string> nameWords(const Context& context, const Candidate& candidate) {
    std::vector<std::string> words;
    for (std::size_t i = candidate.first; i < candidate.last; ++i) {
        if (context.isNameWord(i)) {
            words.push_back(context.tokens()[i].folded);
        }
    }
    return words;
}

/// For each first or last word of a multi-word person the text names, and for the surname after the given name of a
/// person of three words or more ("Di Piero" in "Gianfranco Di Piero"), the index of that person: of the last such
/// mention when several mentions share the full name, npos when the words belong to different people. Built once
/// per text, so that looking a word up costs no pass over the candidates. People typed by default own words only
/// when `guessesOwn` is set.
class PersonOwners {
public:
    PersonOwners(const Context& context, const std::vector<Candidate>& candidates, bool guessesOwn) {
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            const Candidate& candidate = candidates[i];
            if (candidate.type != EntityType::Person || (candidate.typeIsGuess && !guessesOwn) ||
                candidate.last - candidate.first < 2) {
                continue;
            }
            const auto words = nameWords(context, candidate);
            if (words.size() < 2) {
                continue;
            }
            const std::string key = context.foldedKey(candidate.first, candidate.last);
            claim(words.front(), i, key);
            if (words.back() != words.front()) {
                claim(words.back(), i, key);
            }
            if (words.size() >= 3) {
                claim(joined(words, 1), i, key);
            }
        }
    }

    /// The words from `from` on, joined by spaces.
    static std::string joined(const std::vector<std::string>& words, std::size_t from) {
        std::string key;
        for (std::size_t i = from; i < words.size(); ++i) {
            key += i == from ? "" : " ";
            key += words[i];
        }
        return key;
    }

    /// Index of the one multi-word person whose first or last word is `word`, or npos when none or several.
    [[nodiscard]] std::size_t of(const std::string& word) const {
        const auto found = m_owners.find(word);
        return found == m_owners.end() ? std::string::npos : found->second.index;
    }

private:
    struct Owner {
        std::size_t index = std::string::npos;
        std::string key;
    };

    void claim(const std::string& word, std::size_t index, const std::string& key) {
        auto [owner, added] = m_owners.try_emplace(word, Owner{index, key});
        if (added) {
            return;
        }
        // Once two different people share the word, it stays without an owner.
        const bool samePerson = owner->second.index != std::string::npos && owner->second.key == key;
        owner->second.index = samePerson ? index : std::string::npos;
    }

    std::unordered_map<std::string, Owner> m_owners;
};

std::string slug(const std::string& folded) {
    std::string out = folded;
    std::replace_if(
        out.begin(), out.end(), [](char c) { return c == ' ' || c == '\''; }, '-');
    return out;
}

} // namespace

void applyDocumentConsistency(const Context& context, std::vector<Candidate>& candidates) {
    // Only single words change type here, and only multi-word people own words: the owners stay the same.
    const PersonOwners owners(context, candidates, false);
    for (Candidate& candidate : candidates) {
        const bool known = candidate.entry != kNone && !candidate.surnameOnly &&
                           context.image().string(context.image().entry(candidate.entry).key).rfind("city:", 0) != 0;
        // "Carolina Milanesi … a store in Carolina": a known town after a preposition of place stays the town.
        const bool townAfterPreposition =
            candidate.type == EntityType::Place && isKnownPlaceAfterPreposition(context, candidate.first);
        if (candidate.last - candidate.first != 1 || known || candidate.type == EntityType::Treaty ||
            townAfterPreposition) {
            continue;
        }
        const std::string& word = context.tokens()[candidate.first].folded;
        if (owners.of(word) != std::string::npos) {
            candidate.type = EntityType::Person;
            candidate.entry = kNone;
            candidate.typeIsGuess = false;
            candidate.confidence = std::max(candidate.confidence, 0.7);
        }
    }
}

std::vector<Entity> linkEntities(const Context& context, const std::vector<Candidate>& candidates,
                                 std::string_view text) {
    const auto& tokens = context.tokens();
    // Cluster key of each candidate: a known entry's key, a person's full name, or type and folded name.
    std::vector<std::string> keys(candidates.size());
    std::vector<std::string> ownKeys(candidates.size());
    // A name the text types a person by default still tells whose surname a later "Shinde said" is.
    const PersonOwners owners(context, candidates, true);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Candidate& candidate = candidates[i];
        const std::string folded = context.foldedKey(candidate.first, candidate.last);
        ownKeys[i] = std::string(toString(candidate.type)) + ":" + slug(folded);
        keys[i] = candidate.entry != kNone
                      ? std::string(context.image().string(context.image().entry(candidate.entry).key))
                      : ownKeys[i];
        // The document's own full name beats the knowledge base's guess for a lone surname or first word.
        const bool shortName =
            candidate.type == EntityType::Person && (candidate.entry == kNone || candidate.surnameOnly);
        const std::size_t owner = !shortName ? std::string::npos
                                  : candidate.last - candidate.first == 1
                                      ? owners.of(folded)
                                      : owners.of(PersonOwners::joined(nameWords(context, candidate), 0));
        if (owner != std::string::npos && owner != i) {
            const Candidate& full = candidates[owner];
            keys[i] = full.entry != kNone ? std::string(context.image().string(context.image().entry(full.entry).key))
                                          : "person:" + slug(context.foldedKey(full.first, full.last));
        }
    }
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        // "Bergamo" after "Lumina Bergamo": a club named by its town alone is the club the text named in full.
        const std::size_t club = clubOwning(context, candidates, i);
        if (club != std::string::npos) {
            const Candidate& full = candidates[club];
            keys[i] = full.entry != kNone ? std::string(context.image().string(context.image().entry(full.entry).key))
                                          : "organization:" + slug(context.foldedKey(full.first, full.last));
        }
    }
    mergeNearMissSpellings(context, candidates, keys);
    linkAcronyms(context, candidates, keys);

    std::vector<Entity> entities;
    std::unordered_map<std::string, std::size_t> entityOf;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Candidate& candidate = candidates[i];
        const Token& first = tokens[candidate.first];
        const Token& last = tokens[endsWithAbbreviation(context, candidate) ? candidate.last : candidate.last - 1];
        Mention mention{{first.start, last.end},
                        std::string(text.substr(first.byteStart, last.byteEnd - first.byteStart)),
                        first.sentence,
                        candidate.origin,
                        candidate.confidence};
        auto [it, inserted] = entityOf.try_emplace(keys[i], entities.size());
        if (inserted) {
            Entity entity;
            entity.id = keys[i];
            entity.type = candidate.type;
            // A lone surname relinked to the document's own person does not lend that person its KB entry.
            const bool known = candidate.entry != kNone &&
                               context.image().string(context.image().entry(candidate.entry).key) == keys[i];
            const EntryRecord* record = known ? &context.image().entry(candidate.entry) : nullptr;
            entity.name = known ? std::string(context.image().string(record->name)) : mention.text;
            entity.description = known ? std::string(context.image().string(record->description)) : "";
            entities.push_back(std::move(entity));
        }
        Entity& entity = entities[it->second];
        // The canonical name is the fullest spelling the cluster was keyed by, never a near-miss variant.
        if (candidate.entry == kNone && ownKeys[i] == keys[i] && mention.text.size() > entity.name.size()) {
            entity.name = mention.text;
        }
        entity.mentions.push_back(std::move(mention));
    }
    return entities;
}

} // namespace annalist::core::ner
