// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/task_progress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace annalist::ui {

TaskProgress::TaskProgress(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QToolButton(this)) {
    setObjectName(QStringLiteral("taskProgress"));
    m_bar->setObjectName(QStringLiteral("taskProgressBar"));
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("taskCancel"));
    m_cancel->setText(tr("Cancel"));
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false); // one request is enough; the task stops at its next step
        m_label->setText(tr("Cancelling…"));
        emit cancelRequested();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void TaskProgress::begin(const QString& label, bool cancellable) {
    m_label->setText(label);
    m_bar->setRange(0, 0);
    m_cancel->setVisible(cancellable);
    m_cancel->setEnabled(cancellable);
    show();
}

void TaskProgress::setProgress(int done, int total) {
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(done);
    m_bar->setFormat(tr("%1 of %2").arg(done).arg(total));
}

void TaskProgress::end() {
    hide();
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
}

} // namespace annalist::ui
