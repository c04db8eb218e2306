// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/correct/correction.h"

#include <array>
#include <utility>

namespace annalist::core {

namespace {

// A correction names one mention or one entity; anything longer than this is not a name but a mistake or an attack.
constexpr std::size_t kMaxFieldBytes = 1000;

constexpr std::array<std::pair<CorrectionKind, std::string_view>, 5> kKindNames = {{
    {CorrectionKind::ChangeType, "change-type"},
    {CorrectionKind::Remove, "remove"},
    {CorrectionKind::Add, "add"},
    {CorrectionKind::Link, "link"},
    {CorrectionKind::Rename, "rename"},
}};

std::string fieldProblem(const Correction& correction) {
    for (const std::string* field :
         {&correction.surface, &correction.entityKey, &correction.newEntityKey, &correction.newName}) {
        if (field->size() > kMaxFieldBytes) {
            return "a correction field is longer than " + std::to_string(kMaxFieldBytes) + " bytes";
        }
    }
    if (correction.scope == CorrectionScope::Article && correction.articleId <= 0) {
        return "a correction for one article needs the article";
    }
    if (!correction.targetsEntity() && correction.surface.empty()) {
        return "a correction needs a mention's text or an entity";
    }
    if (correction.span.end < correction.span.start) {
        return "a correction's span ends before it starts";
    }
    return {};
}

} // namespace

std::string_view toString(CorrectionKind kind) {
    for (const auto& [value, name] : kKindNames) {
        if (value == kind) {
            return name;
        }
    }
    return "change-type";
}

std::optional<CorrectionKind> parseCorrectionKind(std::string_view name) {
    for (const auto& [value, known] : kKindNames) {
        if (known == name) {
            return value;
        }
    }
    return std::nullopt;
}

std::string_view toString(CorrectionScope scope) {
    return scope == CorrectionScope::Library ? "library" : "article";
}

std::optional<CorrectionScope> parseCorrectionScope(std::string_view name) {
    if (name == "article") {
        return CorrectionScope::Article;
    }
    if (name == "library") {
        return CorrectionScope::Library;
    }
    return std::nullopt;
}

std::string Correction::problem() const {
    if (std::string fields = fieldProblem(*this); !fields.empty()) {
        return fields;
    }
    switch (kind) {
    case CorrectionKind::ChangeType:
        return newType ? "" : "a type change needs the new type";
    case CorrectionKind::Remove:
        return "";
    case CorrectionKind::Add:
        if (targetsEntity()) {
            return "an added mention needs a span of text, not an entity";
        }
        return newType ? "" : "an added mention needs a type";
    case CorrectionKind::Link:
        return !newEntityKey.empty() && newType ? "" : "a link needs the entity to link to";
    case CorrectionKind::Rename:
        return newName.empty() ? "a new name cannot be empty" : "";
    }
    return "unknown correction";
}

} // namespace annalist::core
