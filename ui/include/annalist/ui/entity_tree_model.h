// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"

#include <QAbstractItemModel>

#include <optional>
#include <vector>

namespace annalist::ui {

/// An annotation's entities grouped by type: one top-level row per type that occurs (with the number
/// of entities), under it one row per entity (name and number of mentions), most mentioned first.
class EntityTreeModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        EntityIndexRole = Qt::UserRole + 1, ///< index in Annotation::entities; -1 on group rows
        EntityTypeRole,                     ///< core::EntityType as int
        MentionCountRole,                   ///< number of mentions (entity rows) or of entities (groups)
    };
    enum Column { NameColumn, CountColumn, ColumnCount };

    explicit EntityTreeModel(QObject* parent = nullptr);

    /// Replaces the content with the entities of an annotation.
    void setAnnotation(const core::Annotation& annotation);

    /// The row of an entity given its index in Annotation::entities.
    [[nodiscard]] QModelIndex indexOfEntity(int entityIndex) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        int entityIndex = 0;
        QString name;
        int mentions = 0;
    };
    struct Group {
        core::EntityType type = core::EntityType::Person;
        std::vector<Row> rows;
    };

    [[nodiscard]] QVariant groupData(const Group& group, int column, int role) const;
    [[nodiscard]] QVariant rowData(const Group& group, const Row& row, int column, int role) const;

    std::vector<Group> m_groups;
};

} // namespace annalist::ui
