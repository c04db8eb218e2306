-- SPDX-FileCopyrightText: Annalist contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Initial library schema. The migration runner wraps this file in a transaction and sets
-- user_version afterwards. All text offsets are Unicode code points, end exclusive.

CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    title               TEXT NOT NULL DEFAULT '',
    lead                TEXT NOT NULL DEFAULT '',
    byline              TEXT NOT NULL DEFAULT '',
    source              TEXT NOT NULL DEFAULT '',
    url                 TEXT NOT NULL DEFAULT '',
    language            TEXT NOT NULL DEFAULT '',
    published           TEXT,                      -- ISO 8601 partial date ("2024", "2024-06", "2024-06-19")
    text                TEXT NOT NULL,             -- the blocks joined as the reader shows them
    content_hash        TEXT NOT NULL,             -- FNV-1a 64 of text, hex; equal hashes are confirmed on text
    annotation_language TEXT NOT NULL DEFAULT '',
    imported_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now'))
);
-- Not UNIQUE: two different texts could share a 64-bit hash; the import compares the texts themselves.
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url <> '';
CREATE INDEX articles_order ON articles (published DESC, imported_at DESC);

CREATE TABLE blocks (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('title', 'heading', 'paragraph')),
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

-- Entities are library-wide: the same key in two articles is the same real-world thing.
CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    type        TEXT NOT NULL CHECK (type IN ('person', 'place', 'organization', 'treaty', 'event', 'date')),
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sentences (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities (id),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
    text       TEXT NOT NULL,
    sentence   INTEGER NOT NULL,
    origin     TEXT NOT NULL CHECK (origin IN ('user', 'kb', 'gazetteer', 'rule', 'model')),
    confidence REAL NOT NULL CHECK (confidence >= 0.0 AND confidence <= 1.0)
);
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE INDEX mentions_article ON mentions (article_id, span_start);

CREATE TABLE quotes (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL CHECK (span_end >= span_start),
    speaker_entity_id INTEGER REFERENCES entities (id)
);
CREATE INDEX quotes_article ON quotes (article_id, span_start);
CREATE INDEX quotes_speaker ON quotes (speaker_entity_id);

-- The reader's highlights; quote/prefix/suffix form a W3C TextQuoteSelector for re-anchoring.
CREATE TABLE notes (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
    quote      TEXT NOT NULL DEFAULT '',
    prefix     TEXT NOT NULL DEFAULT '',
    suffix     TEXT NOT NULL DEFAULT '',
    color      TEXT NOT NULL DEFAULT 'yellow',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now'))
);
CREATE INDEX notes_article ON notes (article_id, span_start);

CREATE TABLE note_tags (
    note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    tag     TEXT NOT NULL CHECK (tag <> ''),
    PRIMARY KEY (note_id, tag)
);
CREATE INDEX note_tags_tag ON note_tags (tag);

-- The reader's corrections to recognition, replayed after re-annotation; library-scoped ones
-- also apply to other and future articles.
CREATE TABLE corrections (
    id             INTEGER PRIMARY KEY,
    scope          TEXT NOT NULL CHECK (scope IN ('article', 'library')),
    article_id     INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    action         TEXT NOT NULL,
    mention_start  INTEGER,
    mention_end    INTEGER,
    surface        TEXT NOT NULL DEFAULT '',
    entity_key     TEXT NOT NULL DEFAULT '',
    new_type       TEXT,
    new_entity_key TEXT,
    new_name       TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now')),
    CHECK ((scope = 'article') = (article_id IS NOT NULL))
);
CREATE INDEX corrections_article ON corrections (article_id);

-- Full-text search over titles and bodies, accents folded; kept in sync by the triggers below.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
