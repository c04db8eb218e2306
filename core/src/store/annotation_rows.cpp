// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/annotation_rows.h"

#include "store/database.h"
#include "store/statement.h"

#include <optional>
#include <unordered_map>

namespace annalist::core::store {
namespace {

using EntityIds = std::unordered_map<std::string, std::int64_t>;

std::int64_t toInt(std::size_t value) {
    return static_cast<std::int64_t>(value);
}

std::size_t toSize(std::int64_t value) {
    return value < 0 ? 0 : static_cast<std::size_t>(value);
}

void writeSentences(Database& db, std::int64_t articleId, const std::vector<Span>& sentences) {
    Statement insert(db, "INSERT INTO sentences (article_id, position, span_start, span_end) VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        insert.bind(1, articleId).bind(2, toInt(i));
        insert.bind(3, toInt(sentences[i].start)).bind(4, toInt(sentences[i].end));
        insert.run();
        insert.reset();
    }
}

/// The first article to name a key defines the entity's name and type; later ones only fill a
/// missing description, so one article's guess cannot silently retype an entity library-wide.
EntityIds upsertEntities(Database& db, const std::vector<Entity>& entities) {
    Statement upsert(db, "INSERT INTO entities (key, type, name, description) VALUES (?1, ?2, ?3, ?4) "
                         "ON CONFLICT (key) DO UPDATE SET description = excluded.description "
                         "WHERE entities.description = '' AND excluded.description <> ''");
    Statement select(db, "SELECT id FROM entities WHERE key = ?1");
    EntityIds ids;
    for (const Entity& entity : entities) {
        upsert.bind(1, entity.id).bind(2, toString(entity.type)).bind(3, entity.name).bind(4, entity.description);
        upsert.run();
        upsert.reset();
        select.bind(1, entity.id);
        if (!select.step()) {
            db.fail("entity '" + entity.id + "' vanished while importing");
        }
        ids[entity.id] = select.int64(0);
        select.reset();
    }
    return ids;
}

void writeMentions(Database& db, std::int64_t articleId, const std::vector<Entity>& entities, const EntityIds& ids) {
    Statement insert(db, "INSERT INTO mentions (article_id, entity_id, span_start, span_end, text, sentence, origin, "
                         "confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (const Entity& entity : entities) {
        for (const Mention& mention : entity.mentions) {
            insert.bind(1, articleId).bind(2, ids.at(entity.id));
            insert.bind(3, toInt(mention.span.start)).bind(4, toInt(mention.span.end)).bind(5, mention.text);
            insert.bind(6, toInt(mention.sentence)).bind(7, toString(mention.origin)).bind(8, mention.confidence);
            insert.run();
            insert.reset();
        }
    }
}

std::optional<std::int64_t> speakerId(Database& db, const std::optional<std::string>& key, const EntityIds& ids) {
    if (!key) {
        return std::nullopt;
    }
    if (const auto found = ids.find(*key); found != ids.end()) {
        return found->second;
    }
    // A speaker may be an entity known from another article without a mention in this one.
    Statement select(db, "SELECT id FROM entities WHERE key = ?1");
    select.bind(1, *key);
    return select.step() ? std::optional<std::int64_t>(select.int64(0)) : std::nullopt;
}

void writeQuotes(Database& db, std::int64_t articleId, const std::vector<Quote>& quotes, const EntityIds& ids) {
    Statement insert(db, "INSERT INTO quotes (article_id, span_start, span_end, speaker_entity_id) "
                         "VALUES (?1, ?2, ?3, ?4)");
    for (const Quote& quote : quotes) {
        insert.bind(1, articleId).bind(2, toInt(quote.span.start)).bind(3, toInt(quote.span.end));
        if (const auto speaker = speakerId(db, quote.speaker, ids)) {
            insert.bind(4, *speaker);
        }
        insert.run();
        insert.reset();
    }
}

std::vector<Span> readSentences(Database& db, std::int64_t articleId) {
    Statement query(db, "SELECT span_start, span_end FROM sentences WHERE article_id = ?1 ORDER BY position");
    query.bind(1, articleId);
    std::vector<Span> sentences;
    while (query.step()) {
        sentences.push_back(Span{toSize(query.int64(0)), toSize(query.int64(1))});
    }
    return sentences;
}

Entity entityFromRow(Database& db, const Statement& row) {
    const auto type = parseEntityType(row.text(1));
    if (!type) {
        db.fail("unknown entity type '" + row.text(1) + "'");
    }
    return Entity{row.text(0), *type, row.text(2), row.text(3), {}};
}

Mention mentionFromRow(Database& db, const Statement& row) {
    const auto origin = parseOrigin(row.text(8));
    if (!origin) {
        db.fail("unknown mention origin '" + row.text(8) + "'");
    }
    return Mention{Span{toSize(row.int64(4)), toSize(row.int64(5))}, row.text(6), toSize(row.int64(7)), *origin,
                   row.real(9)};
}

std::vector<Entity> readEntities(Database& db, std::int64_t articleId) {
    Statement query(db, "SELECT e.key, e.type, e.name, e.description, m.span_start, m.span_end, m.text, m.sentence, "
                        "m.origin, m.confidence FROM mentions m JOIN entities e ON e.id = m.entity_id "
                        "WHERE m.article_id = ?1 ORDER BY m.span_start, m.span_end, m.id");
    query.bind(1, articleId);
    std::vector<Entity> entities;
    std::unordered_map<std::string, std::size_t> indexByKey;
    while (query.step()) {
        const std::string key = query.text(0);
        auto [slot, isNew] = indexByKey.try_emplace(key, entities.size());
        if (isNew) {
            entities.push_back(entityFromRow(db, query));
        }
        entities[slot->second].mentions.push_back(mentionFromRow(db, query));
    }
    return entities;
}

std::vector<Quote> readQuotes(Database& db, std::int64_t articleId) {
    Statement query(db, "SELECT q.span_start, q.span_end, e.key FROM quotes q LEFT JOIN entities e "
                        "ON e.id = q.speaker_entity_id WHERE q.article_id = ?1 ORDER BY q.span_start, q.id");
    query.bind(1, articleId);
    std::vector<Quote> quotes;
    while (query.step()) {
        Quote quote{Span{toSize(query.int64(0)), toSize(query.int64(1))}, std::nullopt};
        if (!query.isNull(2)) {
            quote.speaker = query.text(2);
        }
        quotes.push_back(std::move(quote));
    }
    return quotes;
}

} // namespace

void writeAnnotation(Database& db, std::int64_t articleId, const Annotation& annotation) {
    writeSentences(db, articleId, annotation.sentences);
    const EntityIds ids = upsertEntities(db, annotation.entities);
    writeMentions(db, articleId, annotation.entities, ids);
    writeQuotes(db, articleId, annotation.quotes, ids);
}

void deleteAnnotation(Database& db, std::int64_t articleId) {
    for (const char* sql : {"DELETE FROM sentences WHERE article_id = ?1", "DELETE FROM mentions WHERE article_id = ?1",
                            "DELETE FROM quotes WHERE article_id = ?1"}) {
        Statement remove(db, sql);
        remove.bind(1, articleId);
        remove.run();
    }
}

Annotation readAnnotation(Database& db, std::int64_t articleId, std::string language) {
    Annotation annotation;
    annotation.language = std::move(language);
    annotation.sentences = readSentences(db, articleId);
    annotation.entities = readEntities(db, articleId);
    annotation.quotes = readQuotes(db, articleId);
    return annotation;
}

} // namespace annalist::core::store
