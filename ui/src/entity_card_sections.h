// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"
#include "annalist/ui/entity_context.h"
#include "annalist/ui/entity_style.h"

#include <QColor>
#include <QString>

#include <string>

namespace annalist::ui::card {

/// Link scheme of a mention in the card (`annalist-card:<mention index>`).
inline const QString kMentionScheme = QStringLiteral("annalist-card");
/// Link scheme of another article (`annalist-article:<article id>`).
inline const QString kArticleScheme = QStringLiteral("annalist-article");
/// Link scheme of another entity of the open article (`annalist-entity:<percent-encoded entity id>`).
inline const QString kEntityScheme = QStringLiteral("annalist-entity");

/// Colours of secondary text, computed from the palette so that they read in light and dark themes.
struct CardColours {
    QColor muted;
    QColor quoteRule;
};

/// The facts table (office, country, coordinates, treaty parties and dates) as HTML; empty when none is known.
[[nodiscard]] QString factsHtml(const core::Entity& entity, const EntityCardContext& context,
                                const CardColours& colours);

/// Every mention of the entity with its sentence, each a link to the mention.
[[nodiscard]] QString mentionsHtml(const core::Entity& entity, const core::Annotation& annotation,
                                   const std::string& articleText, const CardColours& colours);

/// The other articles that mention the entity, dated, each a link to the article.
[[nodiscard]] QString timelineHtml(const EntityCardContext& context, const CardColours& colours);

/// The entities seen most often with this one, with their type colour and counts; those of the open
/// article (`annotation`) are links to their cards.
[[nodiscard]] QString companionsHtml(const EntityCardContext& context, const core::Annotation& annotation,
                                     const CardColours& colours);

/// Quotations attributed to the entity with the article they come from.
[[nodiscard]] QString quotesHtml(const EntityCardContext& context, std::optional<core::ArticleId> current,
                                 const CardColours& colours);

/// The theme of the desktop the card sits on: its tints follow it.
[[nodiscard]] PageTheme cardTheme();

} // namespace annalist::ui::card
