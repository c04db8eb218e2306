// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/article_opener.h"

#include <QtConcurrent/QtConcurrentRun>

namespace annalist::ui {

ArticleOpener::ArticleOpener(LibraryController& controller, QObject* parent)
    : QObject(parent), m_controller(controller), m_watcher(new QFutureWatcher<AnnotateOutcome>(this)) {
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ArticleOpener::onAnnotated);
}

ArticleOpener::~ArticleOpener() {
    // The worker reads the controller's pipeline, which outlives this object only as long as we wait.
    m_watcher->waitForFinished();
}

void ArticleOpener::open(const QString& path) {
    m_queue << path;
    if (!isBusy()) {
        startNext();
    }
}

bool ArticleOpener::isBusy() const {
    return !m_current.isEmpty();
}

void ArticleOpener::startNext() {
    if (m_queue.isEmpty()) {
        emit busyChanged(false, {});
        return;
    }
    m_current = m_queue.takeFirst();
    m_clock.start();
    emit busyChanged(true, m_current);
    // Only the pipeline runs on the worker; the library connection belongs to this thread.
    const LibraryController& controller = m_controller;
    m_watcher->setFuture(QtConcurrent::run([&controller, path = m_current] { return controller.annotateFile(path); }));
}

void ArticleOpener::onAnnotated() {
    // Still busy while listeners react, so a file they open in turn joins the queue.
    const QString path = m_current;
    const OpenOutcome outcome = m_controller.store(m_watcher->result(), path);
    emit opened(path, outcome);
    m_current.clear();
    startNext();
}

} // namespace annalist::ui
