// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/recognizer.h"

#include <string>
#include <string_view>
#include <vector>

namespace annalist::core::test {

/// The real gazetteer from the source tree's resources, loaded once for all tests.
const std::shared_ptr<const Gazetteer>& sharedGazetteer();

/// Annotates a text with the real resources.
Annotation annotateText(std::string_view text, std::string_view language = "it");

/// The entity with a mention whose surface is exactly `surface`, or nullptr.
const Entity* entityWithMention(const Annotation& annotation, std::string_view surface);

/// Surfaces of every mention of a type, in text order.
std::vector<std::string> surfacesOfType(const Annotation& annotation, EntityType type);

} // namespace annalist::core::test
