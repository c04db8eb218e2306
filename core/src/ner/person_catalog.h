// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace annalist::core::ner {

/// foldedNameWords(), with a shortcut for a name of Latin letters in words split by single spaces ("Nguyễn Phú
/// Trọng"), which the tokeniser would only split at its spaces and fold word by word.
[[nodiscard]] std::vector<std::string> knownNameWords(std::string_view name);

/// The knowledge base's people by the first and last word of their names, to find the known person a
/// misspelt name ("Vladimir Purin") stands for.
class PersonCatalog {
public:
    explicit PersonCatalog(const GazetteerImage& image);

    /// The one known person whose name differs from `words` by a typo in one word; kNone when none or several.
    [[nodiscard]] std::uint32_t nearMiss(const std::vector<std::string>& words) const;

private:
    struct Person {
        std::uint32_t entry = kNone;
        std::vector<std::string> words;
    };
    std::vector<Person> m_people;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byEdgeWord;
};

/// Links people the recogniser found by rule to the known person their name is a near-miss spelling of, when
/// the text names no person that is spelt right. Sets Candidate::entry.
void linkMisspeltPeople(const Context& context, const PersonCatalog& catalog, std::vector<Candidate>& candidates);

} // namespace annalist::core::ner
