// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/kb/entity_facts.h"
#include "annalist/core/kb/world_map.h"
#include "annalist/core/store/library.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::ui {

class LibraryController;

/// Everything the entity card shows beyond the open article: knowledge-base facts and the library's view.
struct EntityCardContext {
    std::optional<core::EntityFacts> facts;        ///< nullopt when nothing is known about the id
    std::string countryName;                       ///< of facts->country, empty when none
    std::vector<std::string> partyNames;           ///< names of a treaty's parties, in the facts' order
    std::vector<core::EntityAppearance> timeline;  ///< other articles that mention the entity, oldest first
    std::vector<core::EntityCompanion> companions; ///< entities seen most often with it
    std::vector<core::AttributedQuote> quotes;     ///< quotations attributed to it in the library
};

/// Gathers an entity's context for the card from the facts book and, through LibraryController, the library.
/// Built once in the composition root; the card never sees SQL or files.
class EntityContextSource final {
public:
    EntityContextSource(const LibraryController& controller, const core::FactsBook& facts,
                        const core::WorldMap& worldMap);

    /// The context of an entity; `current` is the open article, left out of the timeline.
    [[nodiscard]] EntityCardContext contextFor(const core::Entity& entity,
                                               std::optional<core::ArticleId> current) const;

    /// The outlines the card's map draws.
    [[nodiscard]] const core::WorldMap& worldMap() const { return m_worldMap; }

private:
    const LibraryController& m_controller;
    const core::FactsBook& m_facts;
    const core::WorldMap& m_worldMap;
};

} // namespace annalist::ui
