// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/pipeline.h"
#include "annalist/core/store/library.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <filesystem>

namespace annalist::ui {

/// Runs the recogniser again over every stored article and replaces their annotations, on a worker
/// thread with its own connection to the library file, so the window stays responsive. Cancelling
/// stops between articles; the articles already done keep their new annotation.
class ReannotationJob final : public QObject {
    Q_OBJECT

public:
    ReannotationJob(const core::Pipeline& pipeline, std::filesystem::path libraryFile, QObject* parent = nullptr);
    /// Cancels a running job and waits for the article in hand to finish.
    ~ReannotationJob() override;
    ReannotationJob(const ReannotationJob&) = delete;
    ReannotationJob& operator=(const ReannotationJob&) = delete;

    /// Starts the job; false when it is already running.
    bool start();

    /// Asks the job to stop after the article it is annotating.
    void cancel();

    /// True from start() until finished() is delivered.
    [[nodiscard]] bool isRunning() const { return m_running; }

signals:
    /// `done` of `total` articles carry a new annotation.
    void progressed(int done, int total);
    /// The job ended: completed, cancelled, or stopped by `error` (translated; empty when none).
    void finished(int done, int total, bool cancelled, const QString& error);

private:
    void run();
    void reannotate(core::Library& library, core::ArticleId id) const;
    void report(int done, int total);
    void onWorkerFinished(int done, int total, bool cancelled, const QString& error);

    const core::Pipeline& m_pipeline;
    std::filesystem::path m_libraryFile;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    QFuture<void> m_future;
};

} // namespace annalist::ui
