// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <QAbstractListModel>

#include <optional>
#include <vector>

namespace annalist::ui {

/// The library's articles as a list: one row per core::ArticleSummary, newest first as the library
/// gives them.
class ArticleListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 article id
        SourceRole,                ///< publication name
        DateRole,                  ///< formatted publication date, empty when unknown
        LanguageRole,              ///< language name
        EntityCountRole,           ///< number of entities found
    };

    explicit ArticleListModel(QObject* parent = nullptr);

    /// Replaces every row.
    void setArticles(std::vector<core::ArticleSummary> articles);

    /// Row of an article, or nullopt when it is not listed.
    [[nodiscard]] std::optional<int> rowOf(core::ArticleId id) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    [[nodiscard]] QString toolTip(const core::ArticleSummary& article) const;

    std::vector<core::ArticleSummary> m_articles;
};

} // namespace annalist::ui
