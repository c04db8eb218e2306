// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/ui/library_controller.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

namespace annalist::ui {

/// Opens files without blocking the window: reading and recognition run on a worker thread, and the
/// result is stored in the library back on the window's thread. Files asked for while one is being
/// annotated wait their turn.
class ArticleOpener final : public QObject {
    Q_OBJECT

public:
    explicit ArticleOpener(LibraryController& controller, QObject* parent = nullptr);
    ~ArticleOpener() override;
    ArticleOpener(const ArticleOpener&) = delete;
    ArticleOpener& operator=(const ArticleOpener&) = delete;

    /// Queues a file; busyChanged(true) is emitted when work starts.
    void open(const QString& path);

    /// True while a file is being read or annotated.
    [[nodiscard]] bool isBusy() const;

    /// Milliseconds since the file of the last opened() signal was asked for.
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.elapsed(); }

signals:
    /// A file was read, annotated and stored, or failed (`outcome.error` says why).
    void opened(const QString& path, const annalist::ui::OpenOutcome& outcome);
    /// Work started (`busy`, with the file's path) or the queue ran empty.
    void busyChanged(bool busy, const QString& path);

private:
    void startNext();
    void onAnnotated();

    LibraryController& m_controller;
    QStringList m_queue;
    QString m_current;
    QElapsedTimer m_clock;
    QFutureWatcher<AnnotateOutcome>* m_watcher = nullptr;
};

} // namespace annalist::ui
