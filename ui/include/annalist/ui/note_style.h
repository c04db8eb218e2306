// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/ui/entity_style.h"

#include <QColor>
#include <QIcon>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace annalist::ui {

/// Background of a highlighted passage of one note colour (see core::kNoteColors); yellow for an
/// unknown name.
[[nodiscard]] QColor noteTint(std::string_view color);

/// The tint of a note colour on a page of the given theme: on the dark page the marker colour is deepened
/// towards the paper, so the light ink on it stays readable.
[[nodiscard]] QColor noteTint(std::string_view color, PageTheme theme);

/// Translated name of a note colour ("Yellow").
[[nodiscard]] QString noteColorName(std::string_view color);

/// A small rounded swatch of a note colour, for menus and lists.
[[nodiscard]] QIcon noteColorIcon(std::string_view color);

/// Tags typed as one line ("diplomazia, Corea #fonti") split into single tags; commas and
/// white space before a '#' separate them.
[[nodiscard]] std::vector<std::string> tagsFromText(const QString& text);

/// Tags as the line a user edits ("diplomazia, Corea").
[[nodiscard]] QString tagsToText(const std::vector<std::string>& tags);

} // namespace annalist::ui
