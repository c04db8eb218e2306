// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <algorithm>
#include <cstddef>
#include <span>
#include <vector>

namespace annalist::core::ner {

/// The known names a question about a token can concern, found through an index by token: the names come in text order
/// and none is longer than the longest, so only those opening a little before the token can hold it.
class KnownSpans {
public:
    explicit KnownSpans(const std::vector<Candidate>& known)
        : m_known(known),
          m_sorted(std::is_sorted(known.begin(), known.end(),
                                  [](const Candidate& a, const Candidate& b) { return a.first < b.first; })) {
        for (const Candidate& name : known) {
            m_longest = std::max(m_longest, name.last - name.first);
        }
        if (m_sorted && !known.empty()) {
            indexOpenings();
        }
    }

    [[nodiscard]] const std::vector<Candidate>& all() const { return m_known; }

    /// The names opening at a token in [from, to), in their order; all names when they are out of order.
    [[nodiscard]] std::span<const Candidate> openingIn(std::size_t from, std::size_t to) const {
        if (!m_sorted) {
            return m_known;
        }
        const std::span<const Candidate> all(m_known);
        const std::size_t begin = firstOpeningFrom(from);
        return all.subspan(begin, firstOpeningFrom(std::max(from, to)) - begin);
    }

    /// The names opening at or before `last` that may reach past token `i`.
    [[nodiscard]] std::span<const Candidate> reachingPast(std::size_t i, std::size_t last) const {
        return openingIn(i + 1 > m_longest ? i + 1 - m_longest : 0, last + 1);
    }

private:
    /// Index of the first name opening at `token` or after it, as a binary search would find it.
    [[nodiscard]] std::size_t firstOpeningFrom(std::size_t token) const {
        return token < m_firstOpening.size() ? m_firstOpening[token] : m_known.size();
    }

    /// Answers every search for the first name opening at a token or after it at once, up to the last name's opening.
    void indexOpenings() {
        m_firstOpening.resize(m_known.back().first + 1);
        std::size_t name = 0;
        for (std::size_t token = 0; token < m_firstOpening.size(); ++token) {
            while (m_known[name].first < token) {
                ++name;
            }
            m_firstOpening[token] = name;
        }
    }

    const std::vector<Candidate>& m_known;
    bool m_sorted = false;
    std::size_t m_longest = 0;
    std::vector<std::size_t> m_firstOpening;
};

} // namespace annalist::core::ner
