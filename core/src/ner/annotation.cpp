// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/ner/annotation.h"

#include <algorithm>
#include <array>
#include <utility>

namespace annalist::core {

namespace {

constexpr std::array<std::pair<EntityType, std::string_view>, 6> kTypeNames{{
    {EntityType::Person, "person"},
    {EntityType::Place, "place"},
    {EntityType::Organization, "organization"},
    {EntityType::Treaty, "treaty"},
    {EntityType::Event, "event"},
    {EntityType::Date, "date"},
}};

constexpr std::array<std::pair<Origin, std::string_view>, 5> kOriginNames{{
    {Origin::User, "user"},
    {Origin::KnowledgeBase, "kb"},
    {Origin::Gazetteer, "gazetteer"},
    {Origin::Rule, "rule"},
    {Origin::Model, "model"},
}};

template <typename Enum, std::size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
    for (const auto& [candidate, name] : table) {
        if (candidate == value) {
            return name;
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view name) {
    for (const auto& [value, candidate] : table) {
        if (candidate == name) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace

std::string_view toString(EntityType type) {
    return nameOf(kTypeNames, type);
}

std::optional<EntityType> parseEntityType(std::string_view name) {
    return valueOf(kTypeNames, name);
}

std::string_view toString(Origin origin) {
    return nameOf(kOriginNames, origin);
}

std::optional<Origin> parseOrigin(std::string_view name) {
    return valueOf(kOriginNames, name);
}

std::size_t Annotation::mentionCount() const {
    std::size_t count = 0;
    for (const auto& entity : entities) {
        count += entity.mentions.size();
    }
    return count;
}

std::size_t Annotation::sentenceAt(std::size_t offset) const {
    auto after = std::upper_bound(sentences.begin(), sentences.end(), offset,
                                  [](std::size_t value, const Span& span) { return value < span.start; });
    if (after == sentences.begin()) {
        return sentences.size();
    }
    auto index = static_cast<std::size_t>(std::distance(sentences.begin(), after) - 1);
    return offset < sentences[index].end ? index : sentences.size();
}

} // namespace annalist::core
