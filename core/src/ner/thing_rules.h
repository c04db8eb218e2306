// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>
#include <vector>

namespace annalist::core::ner {

/// A name typed a person only by default that its context shows to be a thing, a body or a place:
/// - a product, a work or a prize: "un Oscar", "a Ferrari", "la sua Vita Nuova", "macOS Sierra", "the new Zephyr";
/// - a named thing after an article, which no person's full name takes: "il Giuseppe Meazza", "del Roland Garros";
/// - an English title inside an Italian text: "Lucy in the Sky", "Send Me an Angel";
/// - an eponym: "la fascia di Kuiper", "la scala Richter", "the Kuiper belt", "Alzheimer's disease";
/// - a genus of bacteria: "Helicobacter pylori";
/// - a publisher, a team or a party in brackets after a person: "Mario Rossi (Mondadori)" is an organisation;
/// - the seat of a local office: "il sindaco di Ascoli", "the mayor of Hartlepool" is a place.
/// Names the knowledge base knows in full keep their type.
void applyThingContext(const Context& context, std::vector<Candidate>& candidates);

/// "macOS", "iPhone", "eBay": a word in lowercase with a capital inside, the shape of a product or a brand.
[[nodiscard]] bool isLowercaseBrandWord(const Token& token);

} // namespace annalist::core::ner
