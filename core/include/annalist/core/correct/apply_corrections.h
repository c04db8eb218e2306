// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/correct/correction.h"
#include "annalist/core/ner/annotation.h"

#include <string_view>
#include <vector>

namespace annalist::core {

/// Replays the reader's corrections, in the order given, over an annotation of `text` (Article::text(), which the
/// spans index in code points). A mention target of Article scope re-anchors by its span and surface (the nearest
/// occurrence of the surface when the text moved) and stands for the mentions of its entity with that surface in the
/// article; of Library scope it matches every mention with that surface. An entity target matches every mention of
/// the key. Mentions the reader added, retyped or linked get Origin::User and full confidence. A correction whose
/// target is not in the text is skipped. The result keeps entities in order of first mention.
[[nodiscard]] Annotation applyCorrections(Annotation annotation, std::string_view text,
                                          const std::vector<Correction>& corrections);

} // namespace annalist::core
