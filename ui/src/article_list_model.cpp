// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/article_list_model.h"

#include "annalist/ui/display_text.h"

namespace annalist::ui {

ArticleListModel::ArticleListModel(QObject* parent) : QAbstractListModel(parent) {}

void ArticleListModel::setArticles(std::vector<core::ArticleSummary> articles) {
    beginResetModel();
    m_articles = std::move(articles);
    endResetModel();
}

std::optional<int> ArticleListModel::rowOf(core::ArticleId id) const {
    for (std::size_t row = 0; row < m_articles.size(); ++row) {
        if (m_articles[row].id == id) {
            return static_cast<int>(row);
        }
    }
    return std::nullopt;
}

int ArticleListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_articles.size());
}

QVariant ArticleListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::ArticleSummary& article = m_articles[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return article.title.empty() ? tr("Untitled article") : toQString(article.title);
    case Qt::ToolTipRole:
        return toolTip(article);
    case IdRole:
        return QVariant::fromValue<qint64>(article.id);
    case SourceRole:
        return toQString(article.source);
    case DateRole:
        return formatPartialDate(article.published);
    case LanguageRole:
        return languageName(article.language);
    case EntityCountRole:
        return static_cast<qulonglong>(article.entityCount);
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(SourceRole, "source");
    names.insert(DateRole, "date");
    names.insert(LanguageRole, "language");
    names.insert(EntityCountRole, "entityCount");
    return names;
}

QString ArticleListModel::toolTip(const core::ArticleSummary& article) const {
    QString tip = toQString(article.title);
    if (!article.source.empty()) {
        tip += QLatin1Char('\n') + tr("Source: %1").arg(toQString(article.source));
    }
    if (article.published.isValid()) {
        tip += QLatin1Char('\n') + tr("Published: %1").arg(formatPartialDate(article.published));
    }
    tip += QLatin1Char('\n') + (article.entityCount == 1 ? tr("1 entity") : tr("%1 entities").arg(article.entityCount));
    return tip;
}

} // namespace annalist::ui
