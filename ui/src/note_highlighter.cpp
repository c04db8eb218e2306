// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/note_highlighter.h"

#include "annalist/ui/display_text.h"
#include "annalist/ui/note_style.h"

#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace annalist::ui {

void highlightNotes(QTextDocument& document, const TextOffsetMap& map, const std::vector<core::ReaderNote>& notes,
                    PageTheme theme) {
    QTextCursor cursor(&document);
    for (const core::ReaderNote& note : notes) {
        if (note.orphaned) {
            continue;
        }
        QTextCharFormat format;
        format.setBackground(noteTint(note.color, theme));
        if (!note.note.empty()) {
            format.setToolTip(toQString(note.note));
        }
        for (const auto& [first, second] : map.toDocumentRanges(note.span)) {
            cursor.setPosition(first);
            cursor.setPosition(second, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(format);
        }
    }
}

} // namespace annalist::ui
