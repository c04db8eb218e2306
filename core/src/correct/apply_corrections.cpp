// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/correct/apply_corrections.h"

#include "correct/text_occurrences.h"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

namespace annalist::core {

namespace {

struct EntityInfo {
    EntityType type = EntityType::Person;
    std::string name;
    std::string description;
};

struct KeyedMention {
    std::string key;
    Mention mention;
};

/// The annotation taken apart into mentions that name their entity's key, which every kind of correction can edit
/// without keeping the entities' mention lists in step.
struct Working {
    std::vector<KeyedMention> mentions;
    std::unordered_map<std::string, EntityInfo> entities;
    std::unordered_map<std::string, std::string> movedKeys; ///< old key → key after a retype or rename
};

Working takeApart(std::vector<Entity>& entities) {
    Working work;
    for (Entity& entity : entities) {
        work.entities.try_emplace(entity.id, EntityInfo{entity.type, entity.name, entity.description});
        for (Mention& mention : entity.mentions) {
            work.mentions.push_back({entity.id, std::move(mention)});
        }
    }
    return work;
}

std::vector<Entity> putTogether(Working& work) {
    std::sort(work.mentions.begin(), work.mentions.end(), [](const KeyedMention& a, const KeyedMention& b) {
        return std::pair(a.mention.span.start, a.mention.span.end) <
               std::pair(b.mention.span.start, b.mention.span.end);
    });
    std::vector<Entity> entities;
    std::unordered_map<std::string, std::size_t> slot;
    for (KeyedMention& keyed : work.mentions) {
        auto [it, isNew] = slot.try_emplace(keyed.key, entities.size());
        if (isNew) {
            const EntityInfo& info = work.entities.at(keyed.key);
            entities.push_back(Entity{keyed.key, info.type, info.name, info.description, {}});
        }
        entities[it->second].mentions.push_back(std::move(keyed.mention));
    }
    return entities;
}

void markAsUser(Mention& mention) {
    mention.origin = Origin::User;
    mention.confidence = 1.0;
}

// An Article-scope mention stands for its entity's mentions with the same words in that article: the reader who says
// "Purin is Putin" once means every "Purin" of that entity there.
std::vector<std::size_t> matchArticleMention(const Working& work, std::string_view text, const Correction& c) {
    const auto anchor = correct::reanchor(text, c.span, c.surface);
    if (!anchor) {
        return {};
    }
    const auto overlaps = [&](const Span& span) { return span.start < anchor->end && anchor->start < span.end; };
    const auto it = std::find_if(work.mentions.begin(), work.mentions.end(), [&](const KeyedMention& keyed) {
        return keyed.mention.span == *anchor || (keyed.mention.text == c.surface && overlaps(keyed.mention.span));
    });
    if (it == work.mentions.end()) {
        return {};
    }
    std::vector<std::size_t> matched;
    for (std::size_t i = 0; i < work.mentions.size(); ++i) {
        if (work.mentions[i].key == it->key && work.mentions[i].mention.text == it->mention.text) {
            matched.push_back(i);
        }
    }
    return matched;
}

std::vector<std::size_t> matchTarget(const Working& work, std::string_view text, const Correction& c) {
    if (!c.targetsEntity() && c.scope == CorrectionScope::Article) {
        return matchArticleMention(work, text, c);
    }
    std::vector<std::size_t> matched;
    for (std::size_t i = 0; i < work.mentions.size(); ++i) {
        const KeyedMention& keyed = work.mentions[i];
        if (c.targetsEntity() ? keyed.key == c.entityKey : keyed.mention.text == c.surface) {
            matched.push_back(i);
        }
    }
    return matched;
}

std::set<std::string> keysOf(const Working& work, const std::vector<std::size_t>& matched) {
    std::set<std::string> keys;
    for (const std::size_t i : matched) {
        keys.insert(work.mentions[i].key);
    }
    return keys;
}

// A corrected entity gets its own key, so that the library (where the first article to name a key defines the
// entity) stores the corrected type or name, and an Article-scope correction never changes the entity elsewhere.
std::string retypedKey(const std::string& key, EntityType from, EntityType to) {
    const std::string prefix = std::string(toString(from)) + ":";
    if (key.rfind(prefix, 0) == 0) {
        return std::string(toString(to)) + ":" + key.substr(prefix.size());
    }
    return key + "#" + std::string(toString(to));
}

void moveEntity(Working& work, const std::string& from, const std::string& to, EntityInfo info) {
    work.entities.try_emplace(to, std::move(info));
    for (KeyedMention& keyed : work.mentions) {
        if (keyed.key == from) {
            keyed.key = to;
        }
    }
    // Keys map straight to where they are now, so a speaker needs one lookup even after a key moved back and forth.
    for (auto& [old, now] : work.movedKeys) {
        if (now == from) {
            now = to;
        }
    }
    work.movedKeys.erase(to);
    work.movedKeys[from] = to;
    std::erase_if(work.movedKeys, [](const auto& entry) { return entry.first == entry.second; });
}

void changeType(Working& work, const std::vector<std::size_t>& matched, EntityType type) {
    for (const std::string& key : keysOf(work, matched)) {
        EntityInfo info = work.entities.at(key);
        if (info.type == type) {
            continue;
        }
        const std::string target = retypedKey(key, info.type, type);
        info.type = type;
        moveEntity(work, key, target, std::move(info));
    }
    for (const std::size_t i : matched) {
        markAsUser(work.mentions[i].mention);
    }
}

void rename(Working& work, const std::vector<std::size_t>& matched, const std::string& name) {
    for (const std::string& key : keysOf(work, matched)) {
        EntityInfo info = work.entities.at(key);
        if (info.name == name) {
            continue;
        }
        info.name = name;
        moveEntity(work, key, key + "#name=" + name, std::move(info));
    }
}

void removeMentions(Working& work, const std::vector<std::size_t>& matched) {
    std::vector<bool> gone(work.mentions.size(), false);
    for (const std::size_t i : matched) {
        gone[i] = true;
    }
    std::size_t index = 0;
    std::erase_if(work.mentions, [&](const KeyedMention&) { return gone[index++]; });
}

void link(Working& work, const std::vector<std::size_t>& matched, const Correction& c) {
    work.entities.try_emplace(c.newEntityKey, EntityInfo{*c.newType, c.newName.empty() ? c.surface : c.newName, ""});
    for (const std::size_t i : matched) {
        work.mentions[i].key = c.newEntityKey;
        markAsUser(work.mentions[i].mention);
    }
}

std::string keyForAddition(Working& work, const Correction& c) {
    if (!c.newEntityKey.empty()) {
        work.entities.try_emplace(c.newEntityKey,
                                  EntityInfo{*c.newType, c.newName.empty() ? c.surface : c.newName, ""});
        return c.newEntityKey;
    }
    // An entity of that type and name already in the text is the one the reader means.
    for (const auto& [key, info] : work.entities) {
        if (info.type == *c.newType && info.name == c.surface) {
            return key;
        }
    }
    const std::string key = "user:" + std::string(toString(*c.newType)) + ":" + c.surface;
    work.entities.try_emplace(key, EntityInfo{*c.newType, c.surface, ""});
    return key;
}

void add(Working& work, const Annotation& annotation, std::string_view text, const Correction& c) {
    std::vector<Span> spans;
    if (c.scope == CorrectionScope::Article) {
        if (const auto anchor = correct::reanchor(text, c.span, c.surface)) {
            spans.push_back(*anchor);
        }
    } else {
        spans = correct::wordOccurrences(text, c.surface);
    }
    if (spans.empty()) {
        return;
    }
    const std::string key = keyForAddition(work, c);
    for (const Span& span : spans) {
        // The reader's span wins over whatever the recogniser found across it.
        std::erase_if(work.mentions, [&](const KeyedMention& keyed) {
            return keyed.mention.span.start < span.end && span.start < keyed.mention.span.end;
        });
        const std::size_t sentence = annotation.sentenceAt(span.start);
        Mention mention{span, c.surface, sentence < annotation.sentences.size() ? sentence : 0, Origin::User, 1.0};
        work.mentions.push_back({key, std::move(mention)});
    }
}

void applyOne(Working& work, const Annotation& annotation, std::string_view text, const Correction& c) {
    if (!c.problem().empty()) {
        return;
    }
    if (c.kind == CorrectionKind::Add) {
        add(work, annotation, text, c);
        return;
    }
    const std::vector<std::size_t> matched = matchTarget(work, text, c);
    switch (c.kind) {
    case CorrectionKind::ChangeType:
        changeType(work, matched, *c.newType);
        break;
    case CorrectionKind::Remove:
        removeMentions(work, matched);
        break;
    case CorrectionKind::Link:
        link(work, matched, c);
        break;
    case CorrectionKind::Rename:
        rename(work, matched, c.newName);
        break;
    case CorrectionKind::Add:
        break;
    }
}

// Quotes follow their speaker to its new key, and lose a speaker the reader removed from the text.
void updateSpeakers(std::vector<Quote>& quotes, const Working& work, const std::set<std::string>& keysBefore) {
    std::set<std::string> keysAfter;
    for (const KeyedMention& keyed : work.mentions) {
        keysAfter.insert(keyed.key);
    }
    for (Quote& quote : quotes) {
        if (!quote.speaker) {
            continue;
        }
        if (const auto moved = work.movedKeys.find(*quote.speaker); moved != work.movedKeys.end()) {
            quote.speaker = moved->second;
        }
        if (keysBefore.contains(*quote.speaker) && !keysAfter.contains(*quote.speaker)) {
            quote.speaker.reset();
        }
    }
}

} // namespace

Annotation applyCorrections(Annotation annotation, std::string_view text, const std::vector<Correction>& corrections) {
    if (corrections.empty()) {
        return annotation;
    }
    Working work = takeApart(annotation.entities);
    std::set<std::string> keysBefore;
    for (const KeyedMention& keyed : work.mentions) {
        keysBefore.insert(keyed.key);
    }
    for (const Correction& correction : corrections) {
        applyOne(work, annotation, text, correction);
    }
    updateSpeakers(annotation.quotes, work, keysBefore);
    annotation.entities = putTogether(work);
    return annotation;
}

} // namespace annalist::core
