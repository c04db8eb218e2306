// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/entity_tree_model.h"

#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_style.h"

#include <QFont>

#include <algorithm>

namespace annalist::ui {

namespace {

// Group rows carry internal id 0; entity rows carry their group's row + 1, which is all parent() needs.
constexpr quintptr kGroupId = 0;

} // namespace

EntityTreeModel::EntityTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void EntityTreeModel::setAnnotation(const core::Annotation& annotation) {
    beginResetModel();
    m_groups.clear();
    for (const core::EntityType type : kDisplayedTypes) {
        Group group{type, {}};
        for (std::size_t i = 0; i < annotation.entities.size(); ++i) {
            const core::Entity& entity = annotation.entities[i];
            if (entity.type == type) {
                group.rows.push_back(
                    {static_cast<int>(i), toQString(entity.name), static_cast<int>(entity.mentions.size())});
            }
        }
        std::stable_sort(group.rows.begin(), group.rows.end(), [](const Row& a, const Row& b) {
            return a.mentions != b.mentions ? a.mentions > b.mentions : a.name.localeAwareCompare(b.name) < 0;
        });
        if (!group.rows.empty()) {
            m_groups.push_back(std::move(group));
        }
    }
    endResetModel();
}

QModelIndex EntityTreeModel::indexOfEntity(int entityIndex) const {
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const auto& rows = m_groups[g].rows;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (rows[r].entityIndex == entityIndex) {
                return createIndex(static_cast<int>(r), NameColumn, static_cast<quintptr>(g + 1));
            }
        }
    }
    return {};
}

QModelIndex EntityTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kGroupId);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex EntityTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kGroupId) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), NameColumn, kGroupId);
}

int EntityTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) {
        return static_cast<int>(m_groups.size());
    }
    if (parent.internalId() != kGroupId || parent.column() != NameColumn) {
        return 0;
    }
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].rows.size());
}

int EntityTreeModel::columnCount(const QModelIndex& /*parent*/) const {
    return ColumnCount;
}

QVariant EntityTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == kGroupId) {
        return groupData(m_groups[static_cast<std::size_t>(index.row())], index.column(), role);
    }
    const Group& group = m_groups[index.internalId() - 1];
    return rowData(group, group.rows[static_cast<std::size_t>(index.row())], index.column(), role);
}

QVariant EntityTreeModel::groupData(const Group& group, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? entityTypePluralName(group.type) : QString::number(group.rows.size());
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(entityStyle(group.type).underline) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return column == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case EntityIndexRole:
        return -1;
    case EntityTypeRole:
        return static_cast<int>(group.type);
    case MentionCountRole:
        return static_cast<int>(group.rows.size());
    default:
        return {};
    }
}

QVariant EntityTreeModel::rowData(const Group& group, const Row& row, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? row.name : QString::number(row.mentions);
    case Qt::ToolTipRole:
        return row.mentions == 1 ? tr("%1 — 1 mention in this article").arg(row.name)
                                 : tr("%1 — %2 mentions in this article").arg(row.name).arg(row.mentions);
    case Qt::TextAlignmentRole:
        return column == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case EntityIndexRole:
        return row.entityIndex;
    case EntityTypeRole:
        return static_cast<int>(group.type);
    case MentionCountRole:
        return row.mentions;
    default:
        return {};
    }
}

QVariant EntityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == NameColumn ? tr("Entity") : tr("Mentions");
}

} // namespace annalist::ui
