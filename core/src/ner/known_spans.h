// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <algorithm>
#include <cstddef>
#include <span>
#include <vector>

namespace annalist::core::ner {

/// The known names a question about a token can concern, found by binary search: the names come in text order and
/// none is longer than the longest, so only those opening a little before the token can hold it.
class KnownSpans {
public:
    explicit KnownSpans(const std::vector<Candidate>& known)
        : m_known(known),
          m_sorted(std::is_sorted(known.begin(), known.end(),
                                  [](const Candidate& a, const Candidate& b) { return a.first < b.first; })) {
        for (const Candidate& name : known) {
            m_longest = std::max(m_longest, name.last - name.first);
        }
    }

    [[nodiscard]] const std::vector<Candidate>& all() const { return m_known; }

    /// The names opening at a token in [from, to), in their order; all names when they are out of order.
    [[nodiscard]] std::span<const Candidate> openingIn(std::size_t from, std::size_t to) const {
        if (!m_sorted) {
            return m_known;
        }
        const auto byFirst = [](const Candidate& name, std::size_t token) { return name.first < token; };
        const auto begin = std::lower_bound(m_known.begin(), m_known.end(), from, byFirst);
        const auto end = std::lower_bound(begin, m_known.end(), std::max(from, to), byFirst);
        return {begin, end};
    }

    /// The names opening at or before `last` that may reach past token `i`.
    [[nodiscard]] std::span<const Candidate> reachingPast(std::size_t i, std::size_t last) const {
        return openingIn(i + 1 > m_longest ? i + 1 - m_longest : 0, last + 1);
    }

private:
    const std::vector<Candidate>& m_known;
    bool m_sorted = false;
    std::size_t m_longest = 0;
};

} // namespace annalist::core::ner
