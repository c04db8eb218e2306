// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/library_panel.h"

#include "annalist/ui/article_item_delegate.h"
#include "annalist/ui/article_list_model.h"
#include "annalist/ui/library_filter_bar.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace annalist::ui {

LibraryPanel::LibraryPanel(QWidget* parent)
    : QWidget(parent), m_filterBar(new LibraryFilterBar(this)), m_model(new ArticleListModel(this)),
      m_view(new QListView(this)) {
    auto* heading = new QLabel(tr("Library"), this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setContentsMargins(6, 6, 6, 2);

    m_view->setObjectName(QStringLiteral("libraryList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ArticleItemDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);

    m_empty = new QLabel(tr("No article matches. Clear the filters to see the whole library."), this);
    m_empty->setObjectName(QStringLiteral("libraryEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setContentsMargins(8, 8, 8, 8);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(heading);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_empty);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
}

void LibraryPanel::setArticles(std::vector<core::ArticleSummary> articles) {
    const QModelIndex current = m_view->currentIndex();
    const QVariant currentId = current.isValid() ? current.data(ArticleListModel::IdRole) : QVariant();
    m_selectingProgrammatically = true;
    m_model->setArticles(std::move(articles));
    m_selectingProgrammatically = false;
    m_empty->setVisible(m_model->rowCount() == 0);
    if (currentId.isValid()) {
        selectArticle(currentId.value<qint64>());
    }
}

bool LibraryPanel::selectArticle(core::ArticleId id) {
    const std::optional<int> row = m_model->rowOf(id);
    if (!row) {
        return false;
    }
    m_selectingProgrammatically = true;
    const QModelIndex index = m_model->index(*row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_selectingProgrammatically = false;
    return true;
}

std::optional<core::ArticleId> LibraryPanel::selectedArticle() const {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    return current.data(ArticleListModel::IdRole).value<qint64>();
}

void LibraryPanel::onCurrentChanged(const QModelIndex& current) {
    if (!m_selectingProgrammatically && current.isValid()) {
        emit articleSelected(current.data(ArticleListModel::IdRole).value<qint64>());
    }
}

} // namespace annalist::ui
