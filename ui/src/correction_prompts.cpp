// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/correction_prompts.h"

#include "annalist/ui/entity_picker_dialog.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace annalist::ui {

std::optional<core::EntityRecord>
DialogCorrectionPrompts::chooseEntity(QWidget* parent, const QString& surface,
                                      const std::vector<core::EntityRecord>& candidates) {
    EntityPickerDialog picker(surface, candidates, parent);
    if (picker.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return picker.chosen();
}

std::optional<QString> DialogCorrectionPrompts::askName(QWidget* parent, const QString& current) {
    bool ok = false;
    const QString name =
        QInputDialog::getText(parent, QCoreApplication::translate("CorrectionPrompts", "Rename entity"),
                              QCoreApplication::translate("CorrectionPrompts", "New name for “%1”:").arg(current),
                              QLineEdit::Normal, current, &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return std::nullopt;
    }
    return name.trimmed();
}

} // namespace annalist::ui
