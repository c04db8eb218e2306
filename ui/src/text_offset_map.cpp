// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/text_offset_map.h"

#include <algorithm>

namespace annalist::ui {

void TextOffsetMap::addBlock(std::size_t codePointStart, const QString& text, int documentPosition) {
    Segment segment;
    segment.codePointStart = codePointStart;
    segment.documentStart = documentPosition;
    segment.utf16Offsets.reserve(static_cast<std::size_t>(text.size()) + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        segment.utf16Offsets.push_back(static_cast<int>(i));
        // A well-formed surrogate pair is one code point; a lone surrogate counts as one, as in core.
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        }
    }
    segment.utf16Offsets.push_back(static_cast<int>(text.size()));
    m_segments.push_back(std::move(segment));
}

const TextOffsetMap::Segment* TextOffsetMap::segmentForCodePoint(std::size_t codePoint) const {
    // The last segment starting at or before the offset is the only candidate.
    const auto after = std::upper_bound(m_segments.begin(), m_segments.end(), codePoint,
                                        [](std::size_t offset, const Segment& s) { return offset < s.codePointStart; });
    if (after == m_segments.begin()) {
        return nullptr;
    }
    const Segment& segment = *std::prev(after);
    const std::size_t length = segment.utf16Offsets.size() - 1;
    return codePoint <= segment.codePointStart + length ? &segment : nullptr;
}

const TextOffsetMap::Segment* TextOffsetMap::segmentForDocument(int documentPosition) const {
    const auto after = std::upper_bound(m_segments.begin(), m_segments.end(), documentPosition,
                                        [](int position, const Segment& s) { return position < s.documentStart; });
    if (after == m_segments.begin()) {
        return nullptr;
    }
    const Segment& segment = *std::prev(after);
    return documentPosition <= segment.documentStart + segment.utf16Offsets.back() ? &segment : nullptr;
}

std::optional<int> TextOffsetMap::toDocument(std::size_t codePoint) const {
    const Segment* segment = segmentForCodePoint(codePoint);
    if (segment == nullptr) {
        return std::nullopt;
    }
    return segment->documentStart + segment->utf16Offsets[codePoint - segment->codePointStart];
}

std::optional<std::pair<int, int>> TextOffsetMap::toDocumentRange(const core::Span& span) const {
    if (span.end < span.start) {
        return std::nullopt;
    }
    const Segment* segment = segmentForCodePoint(span.start);
    if (segment == nullptr) {
        return std::nullopt;
    }
    const std::size_t blockEnd = segment->codePointStart + segment->utf16Offsets.size() - 1;
    const std::size_t end = std::min(span.end, blockEnd);
    const int first = segment->documentStart + segment->utf16Offsets[span.start - segment->codePointStart];
    const int second = segment->documentStart + segment->utf16Offsets[end - segment->codePointStart];
    return std::make_pair(first, second);
}

std::vector<std::pair<int, int>> TextOffsetMap::toDocumentRanges(const core::Span& span) const {
    std::vector<std::pair<int, int>> ranges;
    for (const Segment& segment : m_segments) {
        const std::size_t blockStart = segment.codePointStart;
        const std::size_t blockEnd = blockStart + segment.utf16Offsets.size() - 1;
        const std::size_t start = std::max(span.start, blockStart);
        const std::size_t end = std::min(span.end, blockEnd);
        if (start < end) {
            ranges.emplace_back(segment.documentStart + segment.utf16Offsets[start - blockStart],
                                segment.documentStart + segment.utf16Offsets[end - blockStart]);
        }
    }
    return ranges;
}

std::optional<std::size_t> TextOffsetMap::toCodePoint(int documentPosition) const {
    const Segment* segment = segmentForDocument(documentPosition);
    if (segment == nullptr) {
        return std::nullopt;
    }
    const int local = documentPosition - segment->documentStart;
    // The code point whose first code unit is at or before the position.
    const auto it = std::upper_bound(segment->utf16Offsets.begin(), segment->utf16Offsets.end(), local);
    const auto index = static_cast<std::size_t>(std::distance(segment->utf16Offsets.begin(), it) - 1);
    return segment->codePointStart + index;
}

} // namespace annalist::ui
