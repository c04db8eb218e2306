// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <vector>

namespace annalist::core::ner {

/// Finds quotations in “…”, «…» and "…" and attributes each to the person a speech verb or "secondo X" /
/// "according to X" ties it to in the same sentence.
[[nodiscard]] std::vector<Quote> findQuotes(const Context& context, const std::vector<Entity>& entities);

} // namespace annalist::core::ner
