// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/library_controller.h"

#include "annalist/core/correct/corrector.h"
#include "annalist/core/error.h"
#include "annalist/core/export/markdown_export.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <exception>
#include <filesystem>

namespace annalist::ui {

namespace {

/// Companions the entity card lists.
constexpr std::size_t kCardCompanions = 8;

std::filesystem::path toFsPath(const QString& path) {
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString describe(core::InputProblem problem) {
    using core::InputProblem;
    switch (problem) {
    case InputProblem::NotFound:
        return LibraryController::tr("The file does not exist.");
    case InputProblem::Unreadable:
        return LibraryController::tr("The file cannot be read (check that it is a file and that you may read it).");
    case InputProblem::Empty:
        return LibraryController::tr("The file contains no text.");
    case InputProblem::Binary:
        return LibraryController::tr("The file looks like binary data, not an article.");
    case InputProblem::InvalidEncoding:
        return LibraryController::tr("The text encoding of the file could not be recognised.");
    case InputProblem::TooLarge:
        return LibraryController::tr("The file is too large to be an article.");
    case InputProblem::Malformed:
        return LibraryController::tr("The file is not well-formed.");
    }
    return LibraryController::tr("The file could not be read.");
}

QString openFailure(const QString& path, const QString& reason) {
    return LibraryController::tr("Could not open “%1”.\n\n%2\n\nLocation: %3")
        .arg(QFileInfo(path).fileName(), reason, QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

} // namespace

LibraryController::LibraryController(const core::Pipeline& pipeline, core::Library& library)
    : m_pipeline(pipeline), m_library(library) {}

OpenOutcome LibraryController::openFile(const QString& path) {
    return store(annotateFile(path), path);
}

AnnotateOutcome LibraryController::annotateFile(const QString& path) const {
    AnnotateOutcome outcome;
    try {
        outcome.annotated = m_pipeline.openFile(toFsPath(path));
    } catch (const core::InputError& error) {
        outcome.error = openFailure(path, describe(error.problem()));
    } catch (const std::exception& error) {
        // Anything else is still reported rather than taking the window down with it.
        outcome.error = openFailure(path, QString::fromUtf8(error.what()));
    }
    return outcome;
}

OpenOutcome LibraryController::store(const AnnotateOutcome& annotated, const QString& path) {
    OpenOutcome outcome;
    if (!annotated.annotated) {
        outcome.error = annotated.error;
        return outcome;
    }
    try {
        const core::ImportResult result =
            m_library.importArticle(annotated.annotated->article, annotated.annotated->annotation);
        outcome.id = result.id;
        outcome.created = result.created;
    } catch (const core::StoreError& error) {
        outcome.error =
            openFailure(path, tr("The library could not store it: %1").arg(QString::fromUtf8(error.what())));
    } catch (const std::exception& error) {
        outcome.error = openFailure(path, QString::fromUtf8(error.what()));
    }
    return outcome;
}

int LibraryController::importFolder(const QString& folder) {
    const QDir dir(folder);
    int added = 0;
    for (const QString& name :
         dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        // A folder's README describes the folder; it is not an article.
        if (name.startsWith(QStringLiteral("README"), Qt::CaseInsensitive)) {
            continue;
        }
        if (const OpenOutcome outcome = openFile(dir.filePath(name)); outcome.id && outcome.created) {
            ++added;
        }
    }
    return added;
}

std::vector<core::ArticleSummary> LibraryController::articles() const {
    try {
        return m_library.list();
    } catch (const core::StoreError&) {
        return {};
    }
}

std::optional<core::StoredArticle> LibraryController::load(core::ArticleId id) const {
    try {
        return m_library.load(id);
    } catch (const core::StoreError&) {
        return std::nullopt;
    }
}

bool LibraryController::isEmpty() const {
    return m_library.articleCount() == 0;
}

QString LibraryController::exportMarkdown(const core::StoredArticle& article, const QString& path) const {
    std::vector<core::ReaderNote> notes;
    try {
        notes = m_library.notes(article.id);
    } catch (const core::StoreError& error) {
        return tr("Could not read the notes of this article: %1").arg(QString::fromUtf8(error.what()));
    }
    const std::string markdown = core::exportMarkdown(article.article, article.annotation, notes);
    QSaveFile file(path);
    // QSaveFile writes to a temporary file and renames it, so a failed export never truncates an old file.
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown.data(), static_cast<qint64>(markdown.size())) < 0 ||
        !file.commit()) {
        return tr("Could not write “%1”.\n\n%2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

std::vector<core::ArticleSummary> LibraryController::articles(const core::ArticleFilter& filter) const {
    try {
        return m_library.find(filter);
    } catch (const core::StoreError&) {
        return {};
    }
}

std::vector<core::LibraryEntity> LibraryController::entities() const {
    try {
        return m_library.entities();
    } catch (const core::StoreError&) {
        return {};
    }
}

std::vector<std::string> LibraryController::sources() const {
    try {
        return m_library.sources();
    } catch (const core::StoreError&) {
        return {};
    }
}

std::optional<core::ArticleSnapshot> LibraryController::removeArticle(core::ArticleId id) {
    try {
        return m_library.removeKeepingSnapshot(id);
    } catch (const core::StoreError&) {
        return std::nullopt;
    }
}

std::optional<core::ArticleId> LibraryController::restoreArticle(const core::ArticleSnapshot& snapshot) {
    try {
        return m_library.restore(snapshot).id;
    } catch (const core::StoreError&) {
        return std::nullopt;
    }
}

std::optional<core::Correction> LibraryController::addCorrection(const core::Correction& correction, QString& error) {
    try {
        return core::Corrector(m_pipeline, m_library).add(correction);
    } catch (const std::exception& failure) {
        error = tr("The correction could not be stored: %1").arg(QString::fromUtf8(failure.what()));
        return std::nullopt;
    }
}

bool LibraryController::removeCorrection(core::CorrectionId id, QString& error) {
    try {
        core::Corrector(m_pipeline, m_library).remove(id);
        return true;
    } catch (const std::exception& failure) {
        error = tr("The correction could not be withdrawn: %1").arg(QString::fromUtf8(failure.what()));
        return false;
    }
}

std::vector<core::EntityRecord> LibraryController::findEntities(const QString& namePart) const {
    // Enough for a picker the reader filters by typing; the most widely mentioned come first.
    constexpr std::size_t kMaxEntities = 500;
    try {
        return m_library.findEntities(namePart.toStdString(), kMaxEntities);
    } catch (const core::StoreError&) {
        return {};
    }
}

// The card can live without its library sections: a failing query shows nothing rather than an error.
std::vector<core::EntityAppearance> LibraryController::appearances(const std::string& entityKey) const {
    try {
        return m_library.appearances(entityKey);
    } catch (const core::StoreError&) {
        return {};
    }
}

std::vector<core::EntityCompanion> LibraryController::companions(const std::string& entityKey) const {
    try {
        return m_library.companions(entityKey, kCardCompanions);
    } catch (const core::StoreError&) {
        return {};
    }
}

std::vector<core::AttributedQuote> LibraryController::quotesBy(const std::string& entityKey) const {
    try {
        return m_library.quotesBy(entityKey);
    } catch (const core::StoreError&) {
        return {};
    }
}

QString LibraryController::openFilter() {
    return tr("Articles (*.txt *.md);;All files (*)");
}

} // namespace annalist::ui
