// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"

#include <QColor>
#include <QString>

#include <array>

namespace annalist::ui {

/// How one entity type is drawn: a light tint behind the words and a stronger underline,
/// so highlighted text stays as readable as plain text.
struct EntityStyle {
    QColor background;
    QColor underline;
};

/// Highlight colours of an entity type.
[[nodiscard]] EntityStyle entityStyle(core::EntityType type);

/// Translated singular name of a type ("Person", "Place"…).
[[nodiscard]] QString entityTypeName(core::EntityType type);

/// Translated plural name of a type, used as a group heading ("People", "Places"…).
[[nodiscard]] QString entityTypePluralName(core::EntityType type);

/// The types the reader shows, in the order the legend and the entity panel list them.
inline constexpr std::array<core::EntityType, 6> kDisplayedTypes = {
    core::EntityType::Person, core::EntityType::Place, core::EntityType::Organization,
    core::EntityType::Treaty, core::EntityType::Event, core::EntityType::Date};

/// The four types the legend always shows, even when an article has none of them.
inline constexpr std::array<core::EntityType, 4> kLegendTypes = {
    core::EntityType::Person, core::EntityType::Place, core::EntityType::Organization, core::EntityType::Treaty};

} // namespace annalist::ui
