// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace annalist::ui {

/// A status-bar strip for long work: what is running, a progress bar (busy when the amount is
/// unknown) and, for work that can stop, a Cancel button. Hidden when nothing runs.
class TaskProgress final : public QWidget {
    Q_OBJECT

public:
    explicit TaskProgress(QWidget* parent = nullptr);

    /// Shows a task; `cancellable` offers the Cancel button. A busy bar until setProgress().
    void begin(const QString& label, bool cancellable);
    /// `done` of `total` steps are complete.
    void setProgress(int done, int total);
    /// Hides the strip.
    void end();

signals:
    /// The user pressed Cancel.
    void cancelRequested();

private:
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QToolButton* m_cancel = nullptr;
};

} // namespace annalist::ui
