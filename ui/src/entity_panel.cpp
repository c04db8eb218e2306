// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/entity_panel.h"

#include "annalist/ui/entity_card.h"
#include "annalist/ui/entity_tree_model.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace annalist::ui {

EntityPanel::EntityPanel(const EntityContextSource* context, QWidget* parent)
    : QWidget(parent), m_model(new EntityTreeModel(this)), m_tree(new QTreeView(this)),
      m_card(new EntityCard(context, this)), m_splitter(new QSplitter(Qt::Vertical, this)) {
    setObjectName(QStringLiteral("entityPanel"));
    auto* heading = new QLabel(tr("Entities"), this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setContentsMargins(6, 6, 6, 2);

    m_tree->setObjectName(QStringLiteral("entityTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(EntityTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(EntityTreeModel::CountColumn, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeView::clicked, this, &EntityPanel::onEntityClicked);
    connect(m_tree, &QTreeView::activated, this, &EntityPanel::onEntityClicked);

    m_splitter->setObjectName(QStringLiteral("entitySplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_card);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    // The card holds whole sentences and needs the room more than the list of names does.
    m_splitter->setSizes({250, 550});
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(heading);
    layout->addWidget(m_splitter);

    connect(m_card, &EntityCard::mentionClicked, this, [this](int mention) {
        emit mentionActivated({m_card->entityIndex(), mention});
    });
    connect(m_card, &EntityCard::articleRequested, this, &EntityPanel::articleRequested);
    connect(m_card, &EntityCard::entityRequested, this, &EntityPanel::showEntity);
}

void EntityPanel::setAnnotation(const core::Annotation& annotation, std::string articleText,
                                std::optional<core::ArticleId> articleId) {
    m_annotation = annotation;
    m_articleText = std::move(articleText);
    m_articleId = articleId;
    m_model->setAnnotation(m_annotation);
    m_tree->expandAll();
    m_card->clearEntity();
}

void EntityPanel::showEntity(int entityIndex) {
    m_card->showEntity(entityIndex, m_annotation, m_articleText, m_articleId);
    const QModelIndex index = m_model->indexOfEntity(entityIndex);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void EntityPanel::onEntityClicked(const QModelIndex& index) {
    const int entityIndex = index.data(EntityTreeModel::EntityIndexRole).toInt();
    if (entityIndex >= 0) {
        m_card->showEntity(entityIndex, m_annotation, m_articleText, m_articleId);
    }
}

QByteArray EntityPanel::saveState() const {
    return m_splitter->saveState();
}

void EntityPanel::restoreState(const QByteArray& state) {
    m_splitter->restoreState(state);
}

} // namespace annalist::ui
