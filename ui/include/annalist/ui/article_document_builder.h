// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"
#include "annalist/core/ner/annotation.h"
#include "annalist/ui/entity_style.h"
#include "annalist/ui/text_offset_map.h"

#include <QFont>
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

/// How the page looks: the theme's colours and the reader's text size.
struct PageLook {
    PageTheme theme = PageTheme::Light;
    qreal textScale = 1.0; ///< multiplies every font size; 1 is the default size
};

/// Lays an article out in a QTextDocument like a reader app does (headline, dateline, sub-headings,
/// airy paragraphs) and marks its entities. Not a widget: the view only shows the document.
class ArticleDocumentBuilder final {
public:
    /// Replaces the document's content with the article and returns where each article block landed.
    [[nodiscard]] static TextOffsetMap build(QTextDocument& document, const core::Article& article,
                                             const PageLook& look = {});

    /// Tints and underlines every mention of the entities whose type is not hidden, gives each a tooltip
    /// and makes each a link (see mentionUrl) so the view can report clicks on it.
    static void highlight(QTextDocument& document, const TextOffsetMap& map, const core::Annotation& annotation,
                          const QSet<core::EntityType>& hiddenTypes, PageTheme theme = PageTheme::Light);

    /// The tooltip of an entity's mentions: its name, its type and, when known, what it is.
    [[nodiscard]] static QString mentionToolTip(const core::Entity& entity);

    /// The body font at a text scale; the reading column is sized from it.
    [[nodiscard]] static QFont bodyFont(qreal textScale);

    /// The link target of a mention.
    [[nodiscard]] static QUrl mentionUrl(MentionRef ref);

    /// The mention a link points to, or nullopt for any other link.
    [[nodiscard]] static std::optional<MentionRef> parseMentionUrl(const QUrl& url);
};

} // namespace annalist::ui
