// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"

#include <QString>

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace annalist::ui {

/// Translates between core offsets (Unicode code points into Article::text()) and positions in a
/// rendered QTextDocument (UTF-16 code units, with the article's blocks placed wherever the view put
/// them and extra lines such as the dateline in between).
///
/// Core and Qt count differently as soon as a character lies outside the BMP (an emoji, a rare CJK
/// ideograph): core counts one, QString two. Keeping the arithmetic here keeps it out of the widgets.
class TextOffsetMap final {
public:
    /// Records that the article block starting at code point `codePointStart` of the article text is
    /// rendered, exactly as `text`, from `documentPosition` on. Blocks must be added in text order.
    void addBlock(std::size_t codePointStart, const QString& text, int documentPosition);

    /// Document position of a code point offset; an offset at a block's end maps to that end.
    /// nullopt when the offset falls outside every rendered block (e.g. inside a separator).
    [[nodiscard]] std::optional<int> toDocument(std::size_t codePoint) const;

    /// Document range [first, second) of a core span. The span is clipped to the block holding its
    /// start, since a highlight never crosses a paragraph break.
    [[nodiscard]] std::optional<std::pair<int, int>> toDocumentRange(const core::Span& span) const;

    /// Document ranges of a core span that may run over several blocks: one range per block it
    /// touches, in order, leaving out whatever lies between blocks. Empty when nothing is shown.
    [[nodiscard]] std::vector<std::pair<int, int>> toDocumentRanges(const core::Span& span) const;

    /// Code point offset of a document position; nullopt outside the article's blocks. A position
    /// inside a surrogate pair maps to the code point the pair encodes.
    [[nodiscard]] std::optional<std::size_t> toCodePoint(int documentPosition) const;

    /// Number of blocks recorded.
    [[nodiscard]] std::size_t blockCount() const { return m_segments.size(); }

    /// Forgets every block.
    void clear() { m_segments.clear(); }

private:
    struct Segment {
        std::size_t codePointStart = 0;
        int documentStart = 0;
        std::vector<int> utf16Offsets; ///< offset of each code point in the block, plus the block's length
    };

    [[nodiscard]] const Segment* segmentForCodePoint(std::size_t codePoint) const;
    [[nodiscard]] const Segment* segmentForDocument(int documentPosition) const;

    std::vector<Segment> m_segments;
};

} // namespace annalist::ui
