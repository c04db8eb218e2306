// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"
#include "annalist/ui/entity_style.h"
#include "annalist/ui/text_offset_map.h"

#include <vector>

class QTextDocument;

namespace annalist::ui {

/// Tints the passages of the reader's notes in a laid-out article, in each note's colour, with the
/// note's text as a tooltip. Applied before the entity highlights, which are then drawn over it, so
/// a name inside a highlighted passage keeps its own colour. Orphaned notes are not drawn.
void highlightNotes(QTextDocument& document, const TextOffsetMap& map, const std::vector<core::ReaderNote>& notes,
                    PageTheme theme = PageTheme::Light);

} // namespace annalist::ui
