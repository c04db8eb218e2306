// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"
#include "annalist/core/correct/correction.h"
#include "annalist/core/ner/annotation.h"
#include "annalist/core/store/entity_context.h"
#include "annalist/core/store/library_query.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::core {

/// Row identifier of an article in a library.
using ArticleId = std::int64_t;

/// What the library list shows about an article.
struct ArticleSummary {
    ArticleId id = 0;
    std::string title;
    std::string source;
    std::string language;
    PartialDate published;
    std::size_t entityCount = 0;
    std::string importedAt; ///< UTC, "YYYY-MM-DD HH:MM:SS"
};

/// An article as stored, with its current annotation.
struct StoredArticle {
    ArticleId id = 0;
    Article article;
    Annotation annotation;
};

/// Outcome of an import.
struct ImportResult {
    ArticleId id = 0;
    bool created = false; ///< false when the same article was already in the library
};

/// A passage the reader highlighted, with an optional note and tags. The quote with its prefix and
/// suffix (a W3C TextQuoteSelector) lets the note re-anchor when the article text changes.
struct ReaderNote {
    std::int64_t id = 0;
    ArticleId articleId = 0;
    Span span;
    std::string quote;
    std::string prefix;
    std::string suffix;
    std::string color = "yellow";
    std::string note;
    std::vector<std::string> tags;
    bool orphaned = false; ///< the quote is no longer at `span` in the article text; worked out on reading
};

/// Everything stored about one article, taken when it is removed so that the removal can be undone.
struct ArticleSnapshot {
    StoredArticle stored;
    std::vector<ReaderNote> notes;
    std::string importedAt;
    /// The article's corrections, copied column by column so that columns added by later schema
    /// versions come back too. Opaque to callers.
    std::vector<std::string> correctionColumns;
    std::vector<std::vector<std::optional<std::string>>> correctionRows;
};

/// An entity as the library knows it, for choosing one (linking a mention to it).
struct EntityRecord {
    std::string key;
    EntityType type = EntityType::Person;
    std::string name;
    std::string description;
    std::size_t articleCount = 0; ///< articles that mention it
};

/// One SQLite library file: articles, entities, mentions and the reader's notes.
/// Not thread-safe: use one instance per thread. Every write runs in a transaction.
class Library {
public:
    /// Opens or creates the library file and applies pending schema migrations. Throws StoreError.
    explicit Library(const std::filesystem::path& file);
    ~Library();
    Library(const Library&) = delete;
    Library& operator=(const Library&) = delete;
    Library(Library&&) noexcept;
    Library& operator=(Library&&) noexcept;

    /// Stores an article with its annotation, after replaying the library-wide corrections over it. An article with
    /// the same text (or the same non-empty url) is kept once: the existing id is returned with created == false.
    ImportResult importArticle(const Article& article, const Annotation& annotation);
    /// Replaces the stored annotation of an article (after re-annotation), replaying the article's corrections and
    /// the library-wide ones over it. Throws StoreError if absent.
    void replaceAnnotation(ArticleId id, const Annotation& annotation);
    /// All articles, newest publication first.
    [[nodiscard]] std::vector<ArticleSummary> list() const;
    /// Articles whose title or text contains every word of `query`, with case and accents folded
    /// ("liberta" finds "libertà"), best match first. Words are taken literally, never as operators.
    [[nodiscard]] std::vector<ArticleSummary> search(std::string_view query) const;
    /// One article with its annotation, or nullopt when the id is unknown.
    [[nodiscard]] std::optional<StoredArticle> load(ArticleId id) const;
    /// Deletes an article with its mentions and notes; false when the id is unknown.
    bool remove(ArticleId id);
    /// Number of stored articles.
    [[nodiscard]] std::size_t articleCount() const;
    /// Schema version after migrations (SQLite user_version).
    [[nodiscard]] int schemaVersion() const;

    /// Stores a new reader note and returns its id. A non-zero `note.id` is kept, so that a deleted
    /// note can be restored under its old id. Tags are stored normalised (see normalizedTags); an
    /// unknown colour, an oversized text or too many tags throw StoreError.
    std::int64_t addNote(const ReaderNote& note);
    /// Notes of one article in text order.
    [[nodiscard]] std::vector<ReaderNote> notes(ArticleId articleId) const;
    /// One note, or nullopt when the id is unknown.
    [[nodiscard]] std::optional<ReaderNote> note(std::int64_t noteId) const;
    /// Replaces a note's span, quote selector, colour, text and tags (checked as by addNote); false
    /// when the id is unknown. The note stays on its article.
    bool updateNote(const ReaderNote& note);
    /// Deletes a note with its tags; false when the id is unknown.
    bool removeNote(std::int64_t noteId);
    /// Notes carrying `tag` (as normalised) across the library, by article, then in text order.
    [[nodiscard]] std::vector<ReaderNote> notesTagged(std::string_view tag) const;
    /// Finds every note of an article again in its stored text (see reanchor()) and stores the spans
    /// that moved. Notes whose quote is gone keep their span and read back as orphaned; returns
    /// how many are orphaned.
    std::size_t reanchorNotes(ArticleId articleId);

    /// Articles matching every criterion of `filter`, in its order. Parameters are bound, never
    /// spliced into SQL. Throws StoreError when the text or key is longer than kMaxFilterTextBytes.
    [[nodiscard]] std::vector<ArticleSummary> find(const ArticleFilter& filter) const;
    /// Entities mentioned by at least one article, most widely mentioned first, then by name.
    [[nodiscard]] std::vector<LibraryEntity> entities() const;
    /// Distinct non-empty sources of the stored articles, A–Z.
    [[nodiscard]] std::vector<std::string> sources() const;
    /// Deletes an article like remove() and returns what was stored about it; nullopt when unknown.
    [[nodiscard]] std::optional<ArticleSnapshot> removeKeepingSnapshot(ArticleId id);
    /// Stores a removed article again with its annotation, notes and corrections, under a new id.
    /// When the same article was imported again meanwhile, nothing is written: created == false.
    ImportResult restore(const ArticleSnapshot& snapshot);
    /// Stores a reader's correction and returns its id; the articles it changes are re-annotated by the caller
    /// (see Corrector). Throws StoreError when the correction is incomplete or its article unknown.
    CorrectionId addCorrection(const Correction& correction);
    /// Deletes a correction and returns it as it was, or nullopt when the id is unknown.
    std::optional<Correction> removeCorrection(CorrectionId id);
    /// The corrections replayed over an article: the library-wide ones and its own, in the order they were made.
    [[nodiscard]] std::vector<Correction> corrections(ArticleId articleId) const;
    /// Articles a correction may change: its own, or for a library-wide one every article that holds its surface
    /// text or mentions its entity.
    [[nodiscard]] std::vector<ArticleId> articlesAffectedBy(const Correction& correction) const;
    /// Entities of the whole library whose name contains `namePart` (ASCII letters case-folded), most widely
    /// mentioned first, at most `limit` of them.
    [[nodiscard]] std::vector<EntityRecord> findEntities(std::string_view namePart, std::size_t limit) const;
    /// Articles that mention an entity (by its key, e.g. `person:vladimir-putin`), oldest first, at most `limit`.
    [[nodiscard]] std::vector<EntityAppearance> appearances(std::string_view entityKey, std::size_t limit = 200) const;
    /// The entities that appear in the most articles with an entity, at most `limit`.
    [[nodiscard]] std::vector<EntityCompanion> companions(std::string_view entityKey, std::size_t limit = 10) const;
    /// Quotations attributed to an entity over the library, newest article first, at most `limit`.
    [[nodiscard]] std::vector<AttributedQuote> quotesBy(std::string_view entityKey, std::size_t limit = 50) const;

    /// The library file's path.
    [[nodiscard]] const std::filesystem::path& path() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace annalist::core
