// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/correct/correction.h"
#include "annalist/core/ner/annotation.h"
#include "annalist/core/text/unicode.h"

#include <stdexcept>
#include <string>
#include <string_view>

namespace annalist::core::test {

/// Code point span of the `nth` occurrence of `needle` in `text`; throws when absent.
inline Span spanIn(std::string_view text, std::string_view needle, std::size_t nth = 0) {
    std::size_t byte = text.find(needle);
    for (std::size_t i = 0; i < nth && byte != std::string_view::npos; ++i) {
        byte = text.find(needle, byte + 1);
    }
    if (byte == std::string_view::npos) {
        throw std::logic_error("test text lacks " + std::string(needle));
    }
    const std::size_t start = codePointCount(text.substr(0, byte));
    return Span{start, start + codePointCount(needle)};
}

/// A text in the style of the model article, with a misspelt name and accents before the names.
inline const std::string kText =
    "Il presidente Vladimir Putin è arrivato a Hà Nội. Secondo il Cremlino, Purin ha firmato il "
    "patto con Tô Lâm. «Un giorno storico», ha detto Putin a Mosca.";

/// What a recogniser could have found in kText: Putin, a separate Purin, the Kremlin typed as a place, Hanoi, To Lam
/// and one quote by Putin. "Mosca" was missed.
inline Annotation recognised() {
    const std::string& t = kText;
    Annotation a;
    a.language = "it";
    a.sentences = {spanIn(t, "Il presidente Vladimir Putin è arrivato a Hà Nội."),
                   spanIn(t, "Secondo il Cremlino, Purin ha firmato il patto con Tô Lâm."),
                   spanIn(t, "«Un giorno storico», ha detto Putin a Mosca.")};
    a.entities = {
        Entity{"person:vladimir-putin",
               EntityType::Person,
               "Vladimir Putin",
               "President of Russia",
               {Mention{spanIn(t, "Vladimir Putin"), "Vladimir Putin", 0, Origin::KnowledgeBase, 0.9},
                Mention{spanIn(t, "Putin", 1), "Putin", 2, Origin::Rule, 0.7}}},
        Entity{"city:VN:hanoi",
               EntityType::Place,
               "Hanoi",
               "",
               {Mention{spanIn(t, "Hà Nội"), "Hà Nội", 0, Origin::Gazetteer, 0.9}}},
        Entity{"place:cremlino",
               EntityType::Place,
               "Cremlino",
               "",
               {Mention{spanIn(t, "Cremlino"), "Cremlino", 1, Origin::Rule, 0.5}}},
        Entity{"person:purin",
               EntityType::Person,
               "Purin",
               "",
               {Mention{spanIn(t, "Purin"), "Purin", 1, Origin::Rule, 0.6}}},
        Entity{"person:to-lam",
               EntityType::Person,
               "To Lam",
               "",
               {Mention{spanIn(t, "Tô Lâm"), "Tô Lâm", 1, Origin::KnowledgeBase, 0.9}}},
    };
    a.quotes = {Quote{spanIn(t, "Un giorno storico"), "person:vladimir-putin"}};
    return a;
}

/// A correction of `kind` made in article 1 on the mention with text `surface` (its `nth` occurrence).
inline Correction onMention(CorrectionKind kind, std::string_view surface, std::size_t nth = 0,
                            CorrectionScope scope = CorrectionScope::Article) {
    Correction c;
    c.kind = kind;
    c.scope = scope;
    c.articleId = scope == CorrectionScope::Article ? 1 : 0;
    c.span = spanIn(kText, surface, nth);
    c.surface = std::string(surface);
    return c;
}

/// The entity with `key`, or nullptr.
inline const Entity* findEntity(const Annotation& annotation, std::string_view key) {
    for (const Entity& entity : annotation.entities) {
        if (entity.id == key) {
            return &entity;
        }
    }
    return nullptr;
}

/// The entity that has a mention with exactly this text, or nullptr.
inline const Entity* entityMentioning(const Annotation& annotation, std::string_view surface) {
    for (const Entity& entity : annotation.entities) {
        for (const Mention& mention : entity.mentions) {
            if (mention.text == surface) {
                return &entity;
            }
        }
    }
    return nullptr;
}

} // namespace annalist::core::test
