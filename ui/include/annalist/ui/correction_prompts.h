// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <QString>

#include <optional>
#include <vector>

class QWidget;

namespace annalist::ui {

/// The questions a correction puts to the reader. The window answers them with dialogs (DialogCorrectionPrompts);
/// tests answer them with prepared values, so no test blocks on a modal loop.
class CorrectionPrompts {
public:
    virtual ~CorrectionPrompts() = default;

    /// Asks which entity `surface` refers to, among `candidates`; nullopt when the reader cancels.
    [[nodiscard]] virtual std::optional<core::EntityRecord>
    chooseEntity(QWidget* parent, const QString& surface, const std::vector<core::EntityRecord>& candidates) = 0;

    /// Asks for a new name for an entity called `current`; nullopt when the reader cancels.
    [[nodiscard]] virtual std::optional<QString> askName(QWidget* parent, const QString& current) = 0;

protected:
    CorrectionPrompts() = default;
    CorrectionPrompts(const CorrectionPrompts&) = default;
    CorrectionPrompts& operator=(const CorrectionPrompts&) = default;
};

/// Answers with the entity picker and a text input dialog.
class DialogCorrectionPrompts final : public CorrectionPrompts {
public:
    [[nodiscard]] std::optional<core::EntityRecord>
    chooseEntity(QWidget* parent, const QString& surface, const std::vector<core::EntityRecord>& candidates) override;
    [[nodiscard]] std::optional<QString> askName(QWidget* parent, const QString& current) override;
};

} // namespace annalist::ui
