// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/entity_linker.h"

#include "ner/acronym_links.h"
#include "ner/club_rules.h"
#include "ner/name_similarity.h"
#include "ner/place_rules.h"
#include "ner/token_rules.h"

#include <algorithm>
#include <deque>
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

/// The folded name words of a candidate, into `words`; they view the tokens' own strings.
void nameWords(const Context& context, const Candidate& candidate, std::vector<std::string_view>& words) {
    words.clear();
    for (std::size_t i = candidate.first; i < candidate.last; ++i) {
        if (context.isNameWord(i)) {
            words.emplace_back(context.tokens()[i].folded);
        }
    }
}

/// Context::foldedKey() written into a buffer the caller reuses.
void foldedKeyInto(const Context& context, std::size_t first, std::size_t last, std::string& key) {
    key.clear();
    for (std::size_t i = first; i < last; ++i) {
        const Token& token = context.tokens()[i];
        if (isAbbreviationDot(token)) {
            continue;
        }
        if (!key.empty()) {
            key += ' ';
        }
        key += token.folded;
    }
}

/// The words from `from` on, joined by spaces, into `key`.
void joinWords(const std::vector<std::string_view>& words, std::size_t from, std::string& key) {
    key.clear();
    for (std::size_t i = from; i < words.size(); ++i) {
        key += i == from ? "" : " ";
        key += words[i];
    }
}

/// For each first or last word of a multi-word person the text names, and for the surname after the given name of a
/// person of three words or more ("Di Piero" in "Gianfranco Di Piero"), the index of that person: of the last such
/// mention when several mentions share the full name, npos when the words belong to different people. Built once
/// per text, so that looking a word up costs no pass over the candidates. People typed by default own words only
/// when `guessesOwn` is set. Words are views of the tokens' strings, which outlive it.
class PersonOwners {
public:
    PersonOwners(const Context& context, const std::vector<Candidate>& candidates, bool guessesOwn)
        : m_context(context), m_candidates(candidates) {
        // Rehashing as the words come in costs more than buckets for one or two words of each candidate.
        m_owners.reserve(candidates.size());
        std::vector<std::string_view> words;
        std::string surname;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            const Candidate& candidate = candidates[i];
            if (candidate.type != EntityType::Person || (candidate.typeIsGuess && !guessesOwn) ||
                candidate.last - candidate.first < 2) {
                continue;
            }
            nameWords(context, candidate, words);
            if (words.size() < 2) {
                continue;
            }
            claim(words.front(), i);
            if (words.back() != words.front()) {
                claim(words.back(), i);
            }
            if (words.size() >= 3) {
                joinWords(words, 1, surname);
                claim(surname, i, true);
            }
        }
    }

    /// Index of the one multi-word person whose first or last word is `word`, or npos when none or several.
    [[nodiscard]] std::size_t of(std::string_view word) const {
        const auto found = m_owners.find(word);
        return found == m_owners.end() ? std::string::npos : found->second.index;
    }

private:
    struct Owner {
        std::size_t index = std::string::npos;
        std::size_t keyedBy = std::string::npos; ///< the candidate whose full name the owner has
    };

    /// `copy` keeps a word that is no token's own string (a joined surname) where it stays put.
    void claim(std::string_view word, std::size_t index, bool copy = false) {
        auto [found, added] =
            copy ? std::pair{m_owners.find(word), false} : m_owners.try_emplace(word, Owner{index, index});
        if (added) {
            return;
        }
        if (found == m_owners.end()) {
            m_owners.emplace(m_joined.emplace_back(word), Owner{index, index});
            return;
        }
        // Once two different people share the word, it stays without an owner.
        Owner& owner = found->second;
        const bool samePerson = owner.index != std::string::npos && sameFullName(owner.keyedBy, index);
        owner.index = samePerson ? index : std::string::npos;
    }

    [[nodiscard]] bool sameFullName(std::size_t a, std::size_t b) {
        foldedKeyInto(m_context, m_candidates[a].first, m_candidates[a].last, m_keyA);
        foldedKeyInto(m_context, m_candidates[b].first, m_candidates[b].last, m_keyB);
        return m_keyA == m_keyB;
    }

    const Context& m_context;
    const std::vector<Candidate>& m_candidates;
    std::unordered_map<std::string_view, Owner> m_owners;
    std::deque<std::string> m_joined;
    std::string m_keyA;
    std::string m_keyB;
};

/// The cluster key of a name the knowledge base does not know: its type and its slug, `folded` with spaces and
/// apostrophes made dashes. Written in place: appending letter by letter costs a capacity check each.
std::string typedSlug(std::string_view type, std::string_view folded) {
    std::string key(type.size() + 1 + folded.size(), ':');
    std::copy(type.begin(), type.end(), key.begin());
    std::transform(folded.begin(), folded.end(), key.begin() + static_cast<std::ptrdiff_t>(type.size() + 1),
                   [](char c) { return c == ' ' || c == '\'' ? '-' : c; });
    return key;
}

/// A known entry's key.
std::string entryKey(const Context& context, std::uint32_t entry) {
    return std::string(context.image().string(context.image().entry(entry).key));
}

/// The key of the cluster a name written in full heads: its entry's, or its type's and folded words'.
std::string keyOfFullName(const Context& context, const Candidate& full, std::string_view type) {
    if (full.entry != kNone) {
        return entryKey(context, full.entry);
    }
    std::string folded;
    foldedKeyInto(context, full.first, full.last, folded);
    return typedSlug(type, folded);
}

/// Cluster key of each candidate: a known entry's key, a person's full name, or type and folded name.
std::vector<std::string> clusterKeys(const Context& context, const std::vector<Candidate>& candidates) {
    std::vector<std::string> keys(candidates.size());
    // A name the text types a person by default still tells whose surname a later "Shinde said" is.
    const PersonOwners owners(context, candidates, true);
    std::string folded;
    std::vector<std::string_view> words;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Candidate& candidate = candidates[i];
        // The document's own full name beats the knowledge base's guess for a lone surname or first word.
        const bool shortName =
            candidate.type == EntityType::Person && (candidate.entry == kNone || candidate.surnameOnly);
        const bool oneWord = candidate.last - candidate.first == 1;
        // Most known names need no folded words: only a new key or a lone word looked up below does.
        if (candidate.entry == kNone || (shortName && oneWord)) {
            foldedKeyInto(context, candidate.first, candidate.last, folded);
        }
        if (candidate.entry == kNone) {
            keys[i] = typedSlug(toString(candidate.type), folded);
        } else {
            keys[i] = entryKey(context, candidate.entry);
        }
        if (!shortName) {
            continue;
        }
        if (!oneWord) {
            nameWords(context, candidate, words);
            joinWords(words, 0, folded);
        }
        const std::size_t owner = owners.of(folded);
        if (owner != std::string::npos && owner != i) {
            keys[i] = keyOfFullName(context, candidates[owner], "person");
        }
    }
    return keys;
}

/// True when `key` is the one a name the knowledge base does not know gets by itself: its type and its slug.
bool isOwnKey(const Context& context, const Candidate& candidate, std::string_view key, std::string& scratch) {
    foldedKeyInto(context, candidate.first, candidate.last, scratch);
    const std::string_view type = toString(candidate.type);
    if (key.size() != type.size() + 1 + scratch.size() || key.substr(0, type.size()) != type ||
        key[type.size()] != ':') {
        return false;
    }
    key.remove_prefix(type.size() + 1);
    for (std::size_t k = 0; k < scratch.size(); ++k) {
        const char slugged = scratch[k] == ' ' || scratch[k] == '\'' ? '-' : scratch[k];
        if (key[k] != slugged) {
            return false;
        }
    }
    return true;
}

/// A new entity keyed by `key`, named and described by the knowledge base when the candidate's entry is its own.
/// Its id is left to the caller, which moves the key in once no candidate needs it.
Entity newEntity(const Context& context, const Candidate& candidate, const std::string& key,
                 const std::string& surface) {
    Entity entity;
    entity.type = candidate.type;
    // A lone surname relinked to the document's own person does not lend that person its KB entry.
    const bool known =
        candidate.entry != kNone && context.image().string(context.image().entry(candidate.entry).key) == key;
    const EntryRecord* record = known ? &context.image().entry(candidate.entry) : nullptr;
    entity.name = known ? std::string(context.image().string(record->name)) : surface;
    entity.description = known ? std::string(context.image().string(record->description)) : "";
    return entity;
}

} // namespace

void applyDocumentConsistency(const Context& context, std::vector<Candidate>& candidates) {
    // Only single words change type here, and only multi-word people own words: the owners stay the same.
    const PersonOwners owners(context, candidates, false);
    for (Candidate& candidate : candidates) {
        if (candidate.last - candidate.first != 1 || candidate.type == EntityType::Treaty) {
            continue;
        }
        const bool known = candidate.entry != kNone && !candidate.surnameOnly &&
                           context.image().string(context.image().entry(candidate.entry).key).rfind("city:", 0) != 0;
        // "Carolina Milanesi … a store in Carolina": a known town after a preposition of place stays the town.
        const bool townAfterPreposition =
            candidate.type == EntityType::Place && isKnownPlaceAfterPreposition(context, candidate.first);
        if (known || townAfterPreposition) {
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
    std::vector<std::string> keys = clusterKeys(context, candidates);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        // "Bergamo" after "Lumina Bergamo": a club named by its town alone is the club the text named in full.
        const std::size_t club = clubOwning(context, candidates, i);
        if (club != std::string::npos) {
            keys[i] = keyOfFullName(context, candidates[club], "organization");
        }
    }
    mergeNearMissSpellings(context, candidates, keys);
    linkAcronyms(context, candidates, keys);

    std::vector<Entity> entities;
    entities.reserve(candidates.size());
    std::vector<std::size_t> keyedBy; // for each entity, the candidate whose key is its id
    keyedBy.reserve(candidates.size());
    // The keys stay put from here on: the map views them.
    std::unordered_map<std::string_view, std::size_t> entityOf;
    entityOf.reserve(candidates.size());
    std::string scratch;
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
            entities.push_back(newEntity(context, candidate, keys[i], mention.text));
            keyedBy.push_back(i);
        }
        Entity& entity = entities[it->second];
        // The canonical name is the fullest spelling the cluster was keyed by, never a near-miss variant.
        if (candidate.entry == kNone && mention.text.size() > entity.name.size() &&
            isOwnKey(context, candidate, keys[i], scratch)) {
            entity.name = mention.text;
        }
        entity.mentions.push_back(std::move(mention));
    }
    for (std::size_t e = 0; e < entities.size(); ++e) {
        entities[e].id = std::move(keys[keyedBy[e]]);
    }
    return entities;
}

} // namespace annalist::core::ner
