// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/correct/correction.h"
#include "annalist/core/pipeline.h"
#include "annalist/core/store/library.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace annalist::ui {

/// Result of opening a file: the stored article, or a user-facing explanation of what went wrong.
struct OpenOutcome {
    std::optional<core::ArticleId> id; ///< set when the article is in the library
    bool created = false;              ///< false when the library already had it
    QString error;                     ///< translated; names the file and the problem when `id` is empty
};

/// A file read and annotated off the library's thread, or why it could not be.
struct AnnotateOutcome {
    std::optional<core::AnnotatedArticle> annotated; ///< set on success
    QString error;                                   ///< translated, when `annotated` is empty
};

/// The actions the window performs on the library, in Qt terms: it turns paths and core exceptions
/// into ids and translated messages, so that widgets never touch the pipeline or the store directly.
class LibraryController final {
    Q_DECLARE_TR_FUNCTIONS(LibraryController)

public:
    LibraryController(const core::Pipeline& pipeline, core::Library& library);

    /// Reads, annotates and stores a file. Nothing is stored when reading fails.
    [[nodiscard]] OpenOutcome openFile(const QString& path);

    /// Imports every .txt and .md file of a folder but its README; returns how many articles were added.
    int importFolder(const QString& folder);

    /// Summaries of all articles, newest first.
    [[nodiscard]] std::vector<core::ArticleSummary> articles() const;

    /// One stored article, or nullopt when the id is unknown or the library cannot be read.
    [[nodiscard]] std::optional<core::StoredArticle> load(core::ArticleId id) const;

    /// True when the library holds no article.
    [[nodiscard]] bool isEmpty() const;

    /// Writes the Markdown notes of an article to `path` (UTF-8). Returns an empty string on success,
    /// otherwise a translated message naming the file and the problem.
    [[nodiscard]] QString exportMarkdown(const core::StoredArticle& article, const QString& path) const;

    /// Articles of the library that mention an entity (by key), oldest first; empty when the library fails.
    [[nodiscard]] std::vector<core::EntityAppearance> appearances(const std::string& entityKey) const;

    /// Entities that appear in the most articles with an entity; empty when the library fails.
    [[nodiscard]] std::vector<core::EntityCompanion> companions(const std::string& entityKey) const;

    /// Quotations the library attributes to an entity; empty when the library fails.
    [[nodiscard]] std::vector<core::AttributedQuote> quotesBy(const std::string& entityKey) const;

    /// The notes of an article, each first found again in the article's text; empty when the library
    /// cannot be read.
    [[nodiscard]] std::vector<core::ReaderNote> notes(core::ArticleId id);

    /// Stores a note and sets its id (a non-zero id is kept). Returns an empty string on success,
    /// otherwise a translated message.
    [[nodiscard]] QString addNote(core::ReaderNote& note);

    /// Stores a note's new colour, text, tags and span; an empty string or a translated message.
    [[nodiscard]] QString updateNote(const core::ReaderNote& note);

    /// Deletes a note; an empty string or a translated message.
    [[nodiscard]] QString removeNote(std::int64_t noteId);
    /// Reads and annotates a file without touching the library: safe to call on a worker thread.
    /// On failure `error` holds the translated explanation and `annotated` is empty.
    [[nodiscard]] AnnotateOutcome annotateFile(const QString& path) const;

    /// Stores what annotateFile produced; the second half of openFile, on the library's thread.
    [[nodiscard]] OpenOutcome store(const AnnotateOutcome& annotated, const QString& path);

    /// Summaries of the articles a filter keeps, in its order; empty when the library cannot be read.
    [[nodiscard]] std::vector<core::ArticleSummary> articles(const core::ArticleFilter& filter) const;

    /// The library's entities and sources, for the filter pickers.
    [[nodiscard]] std::vector<core::LibraryEntity> entities() const;
    [[nodiscard]] std::vector<std::string> sources() const;

    /// Deletes an article, returning what undo needs; nullopt when it is unknown or cannot be deleted.
    [[nodiscard]] std::optional<core::ArticleSnapshot> removeArticle(core::ArticleId id);

    /// Puts a deleted article back; its id (new, or the copy imported meanwhile), nullopt on failure.
    [[nodiscard]] std::optional<core::ArticleId> restoreArticle(const core::ArticleSnapshot& snapshot);

    /// The recogniser and the library file, for background jobs that open their own connection.
    [[nodiscard]] const core::Pipeline& pipeline() const { return m_pipeline; }
    [[nodiscard]] const std::filesystem::path& libraryPath() const { return m_library.path(); }

    /// Stores a reader's correction and updates the articles it touches. Returns it with its id, or nullopt with a
    /// translated explanation in `error`.
    [[nodiscard]] std::optional<core::Correction> addCorrection(const core::Correction& correction, QString& error);

    /// Withdraws a stored correction and updates the articles it touched; false with `error` set on failure.
    bool removeCorrection(core::CorrectionId id, QString& error);

    /// Entities of the whole library whose name contains `namePart`, for choosing one to link a mention to.
    [[nodiscard]] std::vector<core::EntityRecord> findEntities(const QString& namePart) const;

    /// File name filter for the Open dialog.
    [[nodiscard]] static QString openFilter();

private:
    const core::Pipeline& m_pipeline;
    core::Library& m_library;
};

} // namespace annalist::ui
