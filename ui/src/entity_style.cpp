// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/entity_style.h"

#include <QCoreApplication>

namespace annalist::ui {

using core::EntityType;

EntityStyle entityStyle(EntityType type) {
    // Hues far apart on the colour wheel and distinguishable with the common colour-vision deficiencies;
    // the tints are pale enough for black text to keep full contrast.
    switch (type) {
    case EntityType::Person:
        return {QColor(0xdc, 0xe9, 0xfb), QColor(0x1f, 0x63, 0xc9)};
    case EntityType::Place:
        return {QColor(0xdc, 0xf3, 0xe3), QColor(0x1e, 0x8a, 0x4c)};
    case EntityType::Organization:
        return {QColor(0xfd, 0xeb, 0xd3), QColor(0xd0, 0x6f, 0x0c)};
    case EntityType::Treaty:
        return {QColor(0xf0, 0xe2, 0xf8), QColor(0x88, 0x3c, 0xb0)};
    case EntityType::Event:
        return {QColor(0xfb, 0xe0, 0xe0), QColor(0xc0, 0x39, 0x2b)};
    case EntityType::Date:
        return {QColor(0xec, 0xec, 0xec), QColor(0x70, 0x70, 0x70)};
    }
    return {QColor(Qt::transparent), QColor(Qt::gray)};
}

QString entityTypeName(EntityType type) {
    switch (type) {
    case EntityType::Person:
        return QCoreApplication::translate("EntityType", "Person");
    case EntityType::Place:
        return QCoreApplication::translate("EntityType", "Place");
    case EntityType::Organization:
        return QCoreApplication::translate("EntityType", "Organisation");
    case EntityType::Treaty:
        return QCoreApplication::translate("EntityType", "Treaty");
    case EntityType::Event:
        return QCoreApplication::translate("EntityType", "Event");
    case EntityType::Date:
        return QCoreApplication::translate("EntityType", "Date");
    }
    return {};
}

QString entityTypePluralName(EntityType type) {
    switch (type) {
    case EntityType::Person:
        return QCoreApplication::translate("EntityType", "People");
    case EntityType::Place:
        return QCoreApplication::translate("EntityType", "Places");
    case EntityType::Organization:
        return QCoreApplication::translate("EntityType", "Organisations");
    case EntityType::Treaty:
        return QCoreApplication::translate("EntityType", "Treaties");
    case EntityType::Event:
        return QCoreApplication::translate("EntityType", "Events");
    case EntityType::Date:
        return QCoreApplication::translate("EntityType", "Dates");
    }
    return {};
}

} // namespace annalist::ui
