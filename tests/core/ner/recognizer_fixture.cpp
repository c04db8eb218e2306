// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <algorithm>

namespace annalist::core::test {

const std::shared_ptr<const Gazetteer>& sharedGazetteer() {
    static const std::shared_ptr<const Gazetteer> gazetteer =
        Gazetteer::load(ANNALIST_RESOURCE_DIR, {"it", "en", "fr", "de", "es"});
    return gazetteer;
}

Annotation annotateText(std::string_view text, std::string_view language) {
    const Recognizer recognizer(sharedGazetteer());
    return recognizer.annotate(text, language);
}

const Entity* entityWithMention(const Annotation& annotation, std::string_view surface) {
    for (const Entity& entity : annotation.entities) {
        for (const Mention& mention : entity.mentions) {
            if (mention.text == surface) {
                return &entity;
            }
        }
    }
    return nullptr;
}

std::vector<std::string> surfacesOfType(const Annotation& annotation, EntityType type) {
    std::vector<std::pair<std::size_t, std::string>> found;
    for (const Entity& entity : annotation.entities) {
        if (entity.type != type) {
            continue;
        }
        for (const Mention& mention : entity.mentions) {
            found.emplace_back(mention.span.start, mention.text);
        }
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string> surfaces;
    for (auto& [start, surface] : found) {
        surfaces.push_back(surface);
    }
    return surfaces;
}

} // namespace annalist::core::test
