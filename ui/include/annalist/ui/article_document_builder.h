// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"
#include "annalist/core/ner/annotation.h"
#include "annalist/ui/text_offset_map.h"

#include <QSet>
#include <QUrl>

#include <optional>

class QTextDocument;

namespace annalist::ui {

/// Identifies one mention: the entity's index in Annotation::entities and the mention's index in
/// Entity::mentions.
struct MentionRef {
    int entity = -1;
    int mention = -1;

    bool operator==(const MentionRef&) const = default;
};

/// Lays an article out in a QTextDocument like a reader app does (headline, dateline, sub-headings,
/// airy paragraphs) and marks its entities. Not a widget: the view only shows the document.
class ArticleDocumentBuilder final {
public:
    /// Replaces the document's content with the article and returns where each article block landed.
    [[nodiscard]] static TextOffsetMap build(QTextDocument& document, const core::Article& article);

    /// Tints and underlines every mention of the entities whose type is not hidden, and makes each a
    /// link (see mentionUrl) so the view can report clicks on it.
    static void highlight(QTextDocument& document, const TextOffsetMap& map, const core::Annotation& annotation,
                          const QSet<core::EntityType>& hiddenTypes);

    /// The link target of a mention.
    [[nodiscard]] static QUrl mentionUrl(MentionRef ref);

    /// The mention a link points to, or nullopt for any other link.
    [[nodiscard]] static std::optional<MentionRef> parseMentionUrl(const QUrl& url);
};

} // namespace annalist::ui
