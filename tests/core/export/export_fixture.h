// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <annalist/core/article.h>
#include <annalist/core/ner/annotation.h>
#include <annalist/core/text/unicode.h>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::core::test {

/// Code point span of the `occurrence`-th (0-based) occurrence of `needle` in `text`.
inline Span spanOf(std::string_view text, std::string_view needle, std::size_t occurrence = 0) {
    std::size_t byte = text.find(needle);
    for (std::size_t i = 0; i < occurrence && byte != std::string_view::npos; ++i) {
        byte = text.find(needle, byte + 1);
    }
    if (byte == std::string_view::npos) {
        throw std::logic_error("fixture text lacks " + std::string(needle));
    }
    const std::size_t start = codePointCount(text.substr(0, byte));
    return Span{start, start + codePointCount(needle)};
}

/// A hand-built article and annotation with every kind of thing the exporters write.
struct ExportFixture {
    Article article;
    std::string text;
    Annotation annotation;

    ExportFixture() {
        article.title = "Putin a Hanoi";
        article.source = "La \"Gazzetta\" \\ Sera";
        article.url = "https://example.org/a?b=1#c";
        article.language = "it";
        article.published = PartialDate{2024, 6, 0};
        article.blocks = {{BlockKind::Title, "Putin a Hanoi"},
                          {BlockKind::Paragraph, "Putin incontra To Lam ad Hanoi. Putin parla di Nato, dice Putin."},
                          {BlockKind::Paragraph, "«Un giorno storico», ha detto Putin. Lam ha firmato il trattato."}};
        text = article.text();
        annotation.language = "it";
        for (const char* sentence :
             {"Putin a Hanoi", "Putin incontra To Lam ad Hanoi.", "Putin parla di Nato, dice Putin.",
              "«Un giorno storico», ha detto Putin.", "Lam ha firmato il trattato."}) {
            annotation.sentences.push_back(spanOf(text, sentence));
        }
        addEntity("person:putin", EntityType::Person, "Vladimir Putin", "Presidente della Russia", "Putin", 5);
        addEntity("person:to-lam", EntityType::Person, "To Lam", "", "Lam", 2);
        addEntity("place:hanoi", EntityType::Place, "Hanoi", "", "Hanoi", 2);
        addEntity("org:nato", EntityType::Organization, "Nato", "Alleanza *atlantica*", "Nato", 1);
        addEntity("treaty:vn-ru", EntityType::Treaty, "Trattato [di] partenariato | strategico", "", "trattato", 1);
        annotation.entities[1].mentions[0] = mention("To Lam", 0);
        annotation.quotes.push_back(Quote{spanOf(text, "Un giorno storico"), "person:putin"});
        annotation.quotes.push_back(Quote{spanOf(text, "Lam ha firmato"), std::nullopt});
    }

    Mention mention(std::string_view surface, std::size_t occurrence) const {
        Mention m;
        m.span = spanOf(text, surface, occurrence);
        m.text = std::string(surface);
        m.sentence = annotation.sentenceAt(m.span.start);
        m.origin = Origin::Gazetteer;
        m.confidence = 0.75;
        return m;
    }

private:
    void addEntity(const char* id, EntityType type, const char* name, const char* description, std::string_view surface,
                   std::size_t count) {
        Entity entity{id, type, name, description, {}};
        for (std::size_t i = 0; i < count; ++i) {
            entity.mentions.push_back(mention(surface, i));
        }
        annotation.entities.push_back(std::move(entity));
    }
};

} // namespace annalist::core::test
