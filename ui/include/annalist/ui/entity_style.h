// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"

#include <QColor>
#include <QString>
#include <QTextCharFormat>

#include <array>

class QPalette;

namespace annalist::ui {

/// The two looks of the reading page.
enum class PageTheme { Light, Dark };

/// What the reader chose in View ▸ Theme: follow the desktop, or one theme always.
enum class ThemeChoice { System, Light, Dark };

/// The colours of the reading page in one theme.
struct PageColours {
    QColor page;         ///< the paper
    QColor ink;          ///< body text and headings
    QColor quietInk;     ///< the dateline and other secondary text
    QColor selection;    ///< background of the selected text
    QColor selectionInk; ///< text on the selection
};

/// How one entity type is drawn: a tint behind the words, an underline in a stronger colour and a
/// line style of its own, so types stay apart for readers who cannot tell the colours apart.
struct EntityStyle {
    QColor background;
    QColor underline;
    QTextCharFormat::UnderlineStyle underlineStyle = QTextCharFormat::SingleUnderline;
};

/// Highlight colours and underline of an entity type on a page of the given theme.
[[nodiscard]] EntityStyle entityStyle(core::EntityType type, PageTheme theme = PageTheme::Light);

/// Colours of the reading page in a theme.
[[nodiscard]] PageColours pageColours(PageTheme theme);

/// The theme a choice means under a desktop palette: System follows the lightness of its window colour.
[[nodiscard]] PageTheme resolveTheme(ThemeChoice choice, const QPalette& desktop);

/// WCAG 2 contrast ratio of two colours, from 1 (same luminance) to 21 (black on white).
[[nodiscard]] double contrastRatio(const QColor& first, const QColor& second);

/// Translated singular name of a type ("Person", "Place"…).
[[nodiscard]] QString entityTypeName(core::EntityType type);

/// Translated plural name of a type, used as a group heading ("People", "Places"…).
[[nodiscard]] QString entityTypePluralName(core::EntityType type);

/// The types the reader shows, in the order the legend and the entity panel list them.
inline constexpr std::array<core::EntityType, 6> kDisplayedTypes = {
    core::EntityType::Person, core::EntityType::Place, core::EntityType::Organization,
    core::EntityType::Treaty, core::EntityType::Event, core::EntityType::Date};

/// The four types the legend always shows, even when an article has none of them; the others appear when
/// the article has them.
inline constexpr std::array<core::EntityType, 4> kLegendTypes = {
    core::EntityType::Person, core::EntityType::Place, core::EntityType::Organization, core::EntityType::Treaty};

} // namespace annalist::ui
