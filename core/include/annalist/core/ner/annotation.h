// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::core {

/// What kind of thing an entity is.
enum class EntityType { Person, Place, Organization, Treaty, Event, Date };

/// Lowercase English name as used in JSON and the library ("person", "place", "organization", …).
[[nodiscard]] std::string_view toString(EntityType type);
/// Parses a name produced by toString(EntityType); nullopt for anything else.
[[nodiscard]] std::optional<EntityType> parseEntityType(std::string_view name);

/// Where a mention came from; user corrections always win over the others.
enum class Origin { User, KnowledgeBase, Gazetteer, Rule, Model };

/// Lowercase name of an origin ("user", "kb", "gazetteer", "rule", "model").
[[nodiscard]] std::string_view toString(Origin origin);
/// Parses a name produced by toString(Origin); nullopt for anything else.
[[nodiscard]] std::optional<Origin> parseOrigin(std::string_view name);

/// A half-open range of Unicode code points [start, end) in the annotated text.
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;

    [[nodiscard]] std::size_t length() const { return end - start; }
    [[nodiscard]] bool contains(std::size_t offset) const { return offset >= start && offset < end; }
    bool operator==(const Span&) const = default;
};

/// One occurrence of an entity in the text.
struct Mention {
    Span span;
    std::string text;         ///< the surface form, exactly the text in the span
    std::size_t sentence = 0; ///< index into Annotation::sentences
    Origin origin = Origin::Rule;
    double confidence = 0.5; ///< 0–1
};

/// A real-world thing the text refers to, with all its mentions in text order.
struct Entity {
    std::string id; ///< stable within one annotation; equal ids mean the same thing
    EntityType type = EntityType::Person;
    std::string name;        ///< canonical name
    std::string description; ///< one line, may be empty
    std::vector<Mention> mentions;
};

/// A quotation in the text, with its speaker when the text ties one.
struct Quote {
    Span span;                          ///< the quoted words, without the quotation marks
    std::optional<std::string> speaker; ///< entity id of the speaker
};

/// Everything the recogniser found in one text.
struct Annotation {
    std::string language;         ///< language the text was annotated as
    std::vector<Span> sentences;  ///< sentence boundaries, in order, covering the text
    std::vector<Entity> entities; ///< in order of first mention
    std::vector<Quote> quotes;

    /// Total number of mentions over all entities.
    [[nodiscard]] std::size_t mentionCount() const;
    /// Index of the sentence containing a code point offset, or sentences.size() when none does.
    [[nodiscard]] std::size_t sentenceAt(std::size_t offset) const;
};

} // namespace annalist::core
