// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/person_catalog.h"

#include "ner/name_similarity.h"

#include <set>

namespace annalist::core::ner {

PersonCatalog::PersonCatalog(const GazetteerImage& image) {
    std::set<std::string_view> seen;
    for (std::uint32_t index = 0; index < image.entryCount(); ++index) {
        const EntryRecord& record = image.entry(index);
        const bool knownPerson = static_cast<EntityType>(record.type) == EntityType::Person && record.partial == 0 &&
                                 static_cast<Origin>(record.origin) == Origin::KnowledgeBase;
        if (!knownPerson || !seen.insert(image.string(record.key)).second) {
            continue;
        }
        std::vector<std::string> words = foldedNameWords(image.string(record.name));
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
    std::set<std::string> spelledRight;
    for (const Candidate& candidate : candidates) {
        if (candidate.type == EntityType::Person && candidate.entry != kNone) {
            spelledRight.insert(std::string(context.image().string(context.image().entry(candidate.entry).key)));
        }
    }
    for (Candidate& candidate : candidates) {
        if (candidate.type != EntityType::Person || candidate.entry != kNone || candidate.last - candidate.first < 2) {
            continue;
        }
        std::vector<std::string> words;
        for (std::size_t i = candidate.first; i < candidate.last; ++i) {
            words.push_back(context.tokens()[i].folded);
        }
        const std::uint32_t entry = catalog.nearMiss(words);
        // When the text also spells the person right, the document's own linking joins the two already.
        if (entry != kNone &&
            !spelledRight.count(std::string(context.image().string(context.image().entry(entry).key)))) {
            candidate.entry = entry;
            candidate.origin = Origin::KnowledgeBase;
        }
    }
}

} // namespace annalist::core::ner
