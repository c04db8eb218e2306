// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/gazetteer_image.h"
#include "ner/tokenizer.h"

#include <vector>

namespace annalist::core::ner {

/// Headlines in capitals ("JAPAN GET LUCKY WIN") or in title case ("Police Arrest Two Men After Fire") say nothing
/// by their capitals. In such a sentence a word the dictionaries list in lowercase reads as lowercase unless it
/// names on its own a country, a large city or something the knowledge base knows; every other word keeps a
/// capital, as a name may, but only a known one counts as an acronym. Tokens must carry their word-list flags.
void readCaselessSentences(const GazetteerImage& image, std::vector<Token>& tokens);

} // namespace annalist::core::ner
