// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLineEdit;
class QListWidget;

namespace annalist::ui {

/// A small picker over entities: a filter field above a list of names with their type, the article's own entities
/// first. Typing narrows the list; Enter or a double click chooses.
class EntityPickerDialog final : public QDialog {
    Q_OBJECT

public:
    /// `surface` is the text being linked, shown in the question.
    EntityPickerDialog(const QString& surface, std::vector<core::EntityRecord> candidates, QWidget* parent = nullptr);

    /// Shows only the entities whose name contains `text` (case-insensitive) and selects the first.
    void setFilter(const QString& text);
    /// Number of entities the list shows.
    [[nodiscard]] int visibleCount() const;
    /// The selected entity, if any.
    [[nodiscard]] std::optional<core::EntityRecord> chosen() const;

private:
    void fill(const QString& filter);

    std::vector<core::EntityRecord> m_candidates;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace annalist::ui
