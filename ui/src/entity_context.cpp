// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/entity_context.h"

#include "annalist/ui/library_controller.h"

#include <algorithm>

namespace annalist::ui {

EntityContextSource::EntityContextSource(const LibraryController& controller, const core::FactsBook& facts,
                                         const core::WorldMap& worldMap)
    : m_controller(controller), m_facts(facts), m_worldMap(worldMap) {}

EntityCardContext EntityContextSource::contextFor(const core::Entity& entity,
                                                  std::optional<core::ArticleId> current) const {
    EntityCardContext context;
    context.facts = m_facts.facts(entity.id);
    if (context.facts && !context.facts->country.empty() && entity.id != "country:" + context.facts->country) {
        context.countryName = m_facts.nameOf("country:" + context.facts->country);
    }
    if (context.facts) {
        for (const std::string& party : context.facts->parties) {
            context.partyNames.push_back(m_facts.nameOf(party));
        }
    }
    context.timeline = m_controller.appearances(entity.id);
    std::erase_if(context.timeline, [&](const core::EntityAppearance& appearance) {
        return current && appearance.articleId == *current;
    });
    context.companions = m_controller.companions(entity.id);
    if (entity.type == core::EntityType::Person) {
        context.quotes = m_controller.quotesBy(entity.id);
    }
    return context;
}

} // namespace annalist::ui
