// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/article_rows.h"

#include "store/database.h"
#include "store/statement.h"

#include <array>
#include <cstdio>

namespace annalist::core::store {
namespace {

std::optional<BlockKind> parseBlockKind(std::string_view name) {
    for (const BlockKind kind : {BlockKind::Title, BlockKind::Heading, BlockKind::Paragraph}) {
        if (toString(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

void insertBlocks(Database& db, std::int64_t articleId, const std::vector<Block>& blocks) {
    Statement insert(db, "INSERT INTO blocks (article_id, position, kind, text) VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        insert.bind(1, articleId).bind(2, static_cast<std::int64_t>(i));
        insert.bind(3, toString(blocks[i].kind)).bind(4, blocks[i].text);
        insert.run();
        insert.reset();
    }
}

std::vector<Block> readBlocks(Database& db, std::int64_t articleId) {
    Statement query(db, "SELECT kind, text FROM blocks WHERE article_id = ?1 ORDER BY position");
    query.bind(1, articleId);
    std::vector<Block> blocks;
    while (query.step()) {
        const auto kind = parseBlockKind(query.text(0));
        if (!kind) {
            db.fail("unknown block kind '" + query.text(0) + "'");
        }
        blocks.push_back(Block{*kind, query.text(1)});
    }
    return blocks;
}

} // namespace

std::string contentHash(std::string_view text) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    std::array<char, 17> hex{};
    std::snprintf(hex.data(), hex.size(), "%016llx", static_cast<unsigned long long>(hash));
    return std::string(hex.data(), 16);
}

std::optional<std::int64_t> findDuplicate(Database& db, std::string_view text, std::string_view url) {
    // The hash narrows the search through its index; comparing the text rules out a collision.
    Statement byText(db, "SELECT id FROM articles WHERE content_hash = ?1 AND text = ?2 LIMIT 1");
    byText.bind(1, contentHash(text)).bind(2, text);
    if (byText.step()) {
        return byText.int64(0);
    }
    if (url.empty()) {
        return std::nullopt;
    }
    Statement byUrl(db, "SELECT id FROM articles WHERE url = ?1 AND url <> '' LIMIT 1");
    byUrl.bind(1, url);
    return byUrl.step() ? std::optional<std::int64_t>(byUrl.int64(0)) : std::nullopt;
}

std::int64_t insertArticle(Database& db, const Article& article, std::string_view text,
                           std::string_view annotationLanguage) {
    Statement insert(db, "INSERT INTO articles (title, lead, byline, source, url, language, published, text, "
                         "content_hash, annotation_language) VALUES (:title, :lead, :byline, :source, :url, "
                         ":language, :published, :text, :hash, :annotationLanguage)");
    insert.bind(":title", article.title).bind(":lead", article.lead);
    insert.bind(":byline", article.byline).bind(":source", article.source);
    insert.bind(":url", article.url).bind(":language", article.language);
    insert.bind(":text", text).bind(":hash", contentHash(text));
    insert.bind(":annotationLanguage", annotationLanguage);
    if (article.published.isValid()) {
        insert.bind(":published", article.published.toIso());
    } // an unbound parameter is NULL: the date is unknown
    insert.run();
    const std::int64_t id = db.lastInsertId();
    insertBlocks(db, id, article.blocks);
    return id;
}

std::optional<ArticleRow> readArticle(Database& db, std::int64_t id) {
    Statement query(db, "SELECT title, lead, byline, source, url, language, published, annotation_language "
                        "FROM articles WHERE id = ?1");
    query.bind(1, id);
    if (!query.step()) {
        return std::nullopt;
    }
    ArticleRow row;
    Article& article = row.article;
    article.title = query.text(0);
    article.lead = query.text(1);
    article.byline = query.text(2);
    article.source = query.text(3);
    article.url = query.text(4);
    article.language = query.text(5);
    if (!query.isNull(6)) {
        article.published = PartialDate::parse(query.text(6)).value_or(PartialDate{});
    }
    row.annotationLanguage = query.text(7);
    article.blocks = readBlocks(db, id);
    return row;
}

bool articleExists(Database& db, std::int64_t id) {
    Statement query(db, "SELECT 1 FROM articles WHERE id = ?1");
    query.bind(1, id);
    return query.step();
}

} // namespace annalist::core::store
