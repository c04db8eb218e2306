// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <string_view>
#include <vector>

namespace annalist::core::ner {

/// "il sito ilpost.it", "secondo bbc.co.uk": a web address written in lowercase as a word of the sentence names the
/// site, an organisation. An e-mail address, a path or a "www." address inside a link is left alone, and so is any
/// word another stage has already named.
void addWebAddresses(const Context& context, std::vector<Candidate>& candidates);

/// True when `word` is a bare web address: a name of three letters or more, then dots and a common top-level domain
/// ("ilpost.it", "thepapalvisit.org.uk").
[[nodiscard]] bool isBareWebAddress(std::string_view word);

} // namespace annalist::core::ner
