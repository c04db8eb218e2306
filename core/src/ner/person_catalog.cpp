// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/person_catalog.h"

#include "annalist/core/text/unicode.h"
#include "ner/name_similarity.h"

#include <algorithm>
#include <set>
#include <unordered_set>

namespace annalist::core::ner {

namespace {

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// The length of the Latin letter at the start of `text`: an ASCII letter, one of U+00C0–U+024F other than × and ÷,
/// or one of U+1E00–U+1EFF (Vietnamese); 0 for anything else. A run of them is one word to the tokeniser.
std::size_t latinLetterLength(std::string_view text) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    if (isAsciiLetter(text[0])) {
        return 1;
    }
    const bool continued = text.size() >= 2 && (byte(1) & 0xC0U) == 0x80U;
    if (continued && byte(0) >= 0xC3U && byte(0) <= 0xC9U) {
        const bool sign = byte(0) == 0xC3U && (byte(1) == 0x97U || byte(1) == 0xB7U);
        return sign ? 0 : 2;
    }
    const bool extended =
        text.size() >= 3 && byte(0) == 0xE1U && byte(1) >= 0xB8U && byte(1) <= 0xBBU && (byte(2) & 0xC0U) == 0x80U;
    return extended ? 3 : 0;
}

bool isLatinWord(std::string_view word) {
    while (!word.empty()) {
        const std::size_t length = latinLetterLength(word);
        if (length == 0) {
            return false;
        }
        word.remove_prefix(length);
    }
    return true;
}

/// The folded words of a name of Latin letters in words split by single spaces; false, and no words, for any other
/// name.
bool plainNameWords(std::string_view name, std::vector<std::string>& words) {
    words.clear();
    std::size_t from = 0;
    while (from < name.size()) {
        const std::size_t space = std::min(name.find(' ', from), name.size());
        const std::string_view word = name.substr(from, space - from);
        if (word.empty() || !isLatinWord(word) || space + 1 == name.size()) {
            words.clear();
            return false;
        }
        foldForMatching(word, words.emplace_back());
        from = space + 1;
    }
    return !words.empty();
}

} // namespace

std::vector<std::string> knownNameWords(std::string_view name) {
    std::vector<std::string> words;
    if (plainNameWords(name, words)) {
        return words;
    }
    return foldedNameWords(name);
}

PersonCatalog::PersonCatalog(const GazetteerImage& image) {
    // Only whether a key was seen matters: hashing each once costs less than a tree's string comparisons.
    std::unordered_set<std::string_view> seen;
    for (std::uint32_t index = 0; index < image.entryCount(); ++index) {
        const EntryRecord& record = image.entry(index);
        const bool knownPerson = static_cast<EntityType>(record.type) == EntityType::Person && record.partial == 0 &&
                                 static_cast<Origin>(record.origin) == Origin::KnowledgeBase;
        if (!knownPerson || !seen.insert(image.string(record.key)).second) {
            continue;
        }
        std::vector<std::string> words = knownNameWords(image.string(record.name));
        if (words.size() < 2) {
            continue;
        }
        m_byEdgeWord[words.front()].push_back(m_people.size());
        m_byEdgeWord[words.back()].push_back(m_people.size());
        m_people.push_back({index, std::move(words)});
    }
}

std::uint32_t PersonCatalog::nearMiss(const std::vector<std::string>& words) const {
    if (words.size() < 2) {
        return kNone;
    }
    std::set<std::uint32_t> found;
    for (const std::string* edge : {&words.front(), &words.back()}) {
        const auto bucket = m_byEdgeWord.find(*edge);
        if (bucket == m_byEdgeWord.end()) {
            continue;
        }
        for (const std::size_t person : bucket->second) {
            if (isNearMissName(words, m_people[person].words)) {
                found.insert(m_people[person].entry);
            }
        }
    }
    return found.size() == 1 ? *found.begin() : kNone;
}

void linkMisspeltPeople(const Context& context, const PersonCatalog& catalog, std::vector<Candidate>& candidates) {
    const GazetteerImage& image = context.image();
    // Keys are strings of the image, which outlives this pass.
    std::unordered_set<std::string_view> spelledRight;
    for (const Candidate& candidate : candidates) {
        if (candidate.type == EntityType::Person && candidate.entry != kNone) {
            spelledRight.insert(image.string(image.entry(candidate.entry).key));
        }
    }
    std::vector<std::string> words;
    for (Candidate& candidate : candidates) {
        if (candidate.type != EntityType::Person || candidate.entry != kNone || candidate.last - candidate.first < 2) {
            continue;
        }
        // One buffer for every candidate: its strings keep their storage from one name to the next.
        words.resize(candidate.last - candidate.first);
        for (std::size_t i = candidate.first; i < candidate.last; ++i) {
            words[i - candidate.first] = context.tokens()[i].folded;
        }
        const std::uint32_t entry = catalog.nearMiss(words);
        // When the text also spells the person right, the document's own linking joins the two already.
        if (entry != kNone && spelledRight.count(image.string(image.entry(entry).key)) == 0) {
            candidate.entry = entry;
            candidate.origin = Origin::KnowledgeBase;
        }
    }
}

} // namespace annalist::core::ner
