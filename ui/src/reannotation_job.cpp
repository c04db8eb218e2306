// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/reannotation_job.h"

#include "annalist/core/error.h"
#include "annalist/core/store/library.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <utility>
#include <vector>

namespace annalist::ui {

ReannotationJob::ReannotationJob(const core::Pipeline& pipeline, std::filesystem::path libraryFile, QObject* parent)
    : QObject(parent), m_pipeline(pipeline), m_libraryFile(std::move(libraryFile)) {}

ReannotationJob::~ReannotationJob() {
    m_cancel = true;
    m_future.waitForFinished();
}

bool ReannotationJob::start() {
    if (m_running) {
        return false;
    }
    m_running = true;
    m_cancel = false;
    m_future = QtConcurrent::run([this] { run(); });
    return true;
}

void ReannotationJob::cancel() {
    m_cancel = true;
}

void ReannotationJob::run() {
    int done = 0;
    int total = 0;
    QString error;
    try {
        // core::Library is not thread-safe: the worker gets a connection of its own to the same file.
        core::Library library(m_libraryFile);
        std::vector<core::ArticleId> ids;
        for (const core::ArticleSummary& summary : library.list()) {
            ids.push_back(summary.id);
        }
        total = static_cast<int>(ids.size());
        report(0, total);
        for (const core::ArticleId id : ids) {
            if (m_cancel) {
                break;
            }
            reannotate(library, id);
            report(++done, total);
        }
    } catch (const std::exception& failure) {
        error = tr("Re-annotation stopped: %1").arg(QString::fromUtf8(failure.what()));
    }
    const bool cancelled = m_cancel && done < total;
    // Like progress, delivered on the job's own thread, after every progress report.
    QMetaObject::invokeMethod(
        this, [this, done, total, cancelled, error] { onWorkerFinished(done, total, cancelled, error); },
        Qt::QueuedConnection);
}

void ReannotationJob::reannotate(core::Library& library, core::ArticleId id) const {
    const auto stored = library.load(id);
    if (!stored) {
        return; // deleted since the job listed it
    }
    const core::AnnotatedArticle annotated = m_pipeline.annotate(stored->article);
    try {
        library.replaceAnnotation(id, annotated.annotation);
    } catch (const core::StoreError&) {
        // The window may delete the article while it is being annotated; only a failure on an
        // article that is still there stops the job.
        if (library.load(id)) {
            throw;
        }
    }
}

void ReannotationJob::report(int done, int total) {
    // Signals leave from the job's own thread, so listeners never run on the worker.
    QMetaObject::invokeMethod(
        this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
}

void ReannotationJob::onWorkerFinished(int done, int total, bool cancelled, const QString& error) {
    m_running = false;
    emit finished(done, total, cancelled, error);
}

} // namespace annalist::ui
