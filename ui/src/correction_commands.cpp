// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/correction_commands.h"

#include "annalist/ui/library_controller.h"
#include "annalist/ui/user_dialogs.h"

#include <QAction>
#include <QUndoCommand>
#include <QUndoStack>
#include <QWidget>

namespace annalist::ui {

/// One correction on the undo stack. The stored row is deleted on undo and stored anew on redo, so its id changes.
class CorrectionCommand final : public QUndoCommand {
public:
    CorrectionCommand(CorrectionCommands& owner, core::Correction correction, const QString& text)
        : QUndoCommand(text), m_owner(owner), m_correction(std::move(correction)) {}

    void redo() override {
        if (!m_owner.store(m_correction)) {
            // Nothing was stored, so there is nothing to undo: the stack drops the step.
            setObsolete(true);
        }
    }

    void undo() override { m_owner.withdraw(m_correction.id); }

private:
    CorrectionCommands& m_owner;
    core::Correction m_correction;
};

CorrectionCommands::CorrectionCommands(LibraryController& controller, UserDialogs& dialogs, QUndoStack& stack,
                                       QWidget* window)
    : QObject(window), m_controller(controller), m_dialogs(dialogs), m_window(window), m_stack(&stack) {
    setObjectName(QStringLiteral("correctionCommands"));
}

bool CorrectionCommands::apply(const core::Correction& correction, const QString& text) {
    const int before = m_stack->count();
    m_stack->push(new CorrectionCommand(*this, correction, text));
    return m_stack->count() > before;
}

QAction* CorrectionCommands::createUndoAction(QObject* parent) const {
    QAction* undo = m_stack->createUndoAction(parent, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoCorrection"));
    undo->setShortcut(QKeySequence::Undo);
    return undo;
}

QAction* CorrectionCommands::createRedoAction(QObject* parent) const {
    QAction* redo = m_stack->createRedoAction(parent, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoCorrection"));
    // Ctrl+Shift+Z everywhere; the platform's own Redo key (Ctrl+Y on some desktops) as well.
    QList<QKeySequence> keys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    if (const QKeySequence platform(QKeySequence::Redo); !platform.isEmpty() && platform != keys.front()) {
        keys << platform;
    }
    redo->setShortcuts(keys);
    return redo;
}

bool CorrectionCommands::store(core::Correction& correction) {
    QString error;
    const auto stored = m_controller.addCorrection(correction, error);
    if (!stored) {
        m_dialogs.warn(m_window, tr("Cannot correct"), error);
        return false;
    }
    correction.id = stored->id;
    emit changed();
    return true;
}

bool CorrectionCommands::withdraw(core::CorrectionId id) {
    QString error;
    const bool removed = m_controller.removeCorrection(id, error);
    if (!removed) {
        m_dialogs.warn(m_window, tr("Cannot undo the correction"), error);
    }
    emit changed();
    return removed;
}

} // namespace annalist::ui
