// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library_query.h"

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace annalist::ui {

/// The controls above the library list: instant search, filters by entity type, entity, date range
/// and source, and the sort order. It only describes what the user asked for as a core::ArticleFilter;
/// someone else runs the query.
class LibraryFilterBar final : public QWidget {
    Q_OBJECT

public:
    /// Pause after the last keystroke before a search runs, so typing a word runs one query.
    static constexpr int kSearchDelayMs = 150;

    explicit LibraryFilterBar(QWidget* parent = nullptr);

    /// The filter the controls describe now.
    [[nodiscard]] core::ArticleFilter filter() const;

    /// Offers these entities and sources in the pickers, keeping the current choices when still offered.
    void setChoices(const std::vector<core::LibraryEntity>& entities, const std::vector<std::string>& sources);

    /// Puts the keyboard focus in the search box with its text selected.
    void focusSearch();

    /// Resets every filter (not the order) to "all".
    void clearFilters();

    /// The sort order, as an integer that survives in settings.
    [[nodiscard]] int orderIndex() const;
    void setOrderIndex(int index);

signals:
    /// The filter changed; typing in the search box signals once typing pauses.
    void filterChanged();

private:
    void buildControls();
    void layOutControls();
    void connectControls();
    [[nodiscard]] std::string chosenEntityKey() const;

    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_entity = nullptr;
    QComboBox* m_source = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_order = nullptr;
    bool m_updatingChoices = false;
};

} // namespace annalist::ui
