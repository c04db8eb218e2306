// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QListView;

namespace annalist::ui {

class ArticleListModel;
class LibraryFilterBar;

/// The left pane: search and filters over the articles of the library, one card per article.
class LibraryPanel final : public QWidget {
    Q_OBJECT

public:
    explicit LibraryPanel(QWidget* parent = nullptr);

    /// Replaces the list, keeping the current article selected when it is still there.
    void setArticles(std::vector<core::ArticleSummary> articles);

    /// Selects an article without emitting articleSelected; false when it is not listed.
    bool selectArticle(core::ArticleId id);

    /// The search and filter controls above the list.
    [[nodiscard]] LibraryFilterBar& filterBar() const { return *m_filterBar; }

    /// The id of the article selected in the list, if any.
    [[nodiscard]] std::optional<core::ArticleId> selectedArticle() const;

    /// The list's model, for views and tests that inspect what is shown.
    [[nodiscard]] const ArticleListModel& model() const { return *m_model; }

signals:
    /// The user picked an article in the list.
    void articleSelected(core::ArticleId id);

private:
    void onCurrentChanged(const QModelIndex& current);

    LibraryFilterBar* m_filterBar = nullptr;
    ArticleListModel* m_model = nullptr;
    QListView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    bool m_selectingProgrammatically = false;
};

} // namespace annalist::ui
